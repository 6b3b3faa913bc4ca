using System.Globalization;
using Intranet.Core.Tenants;
using Intranet.Site.Services;
using Intranet.Site.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

/// <summary>The home page: a department's welcome, latest news and quick links; at the host, the province portal.</summary>
public sealed class SiteHomeController : SiteControllerBase
{
    private static readonly CompareInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN").CompareInfo;
    private readonly SiteContent _content;
    private readonly ITenantRegistry _registry;

    public SiteHomeController(SiteContent content, ITenantRegistry registry)
    {
        _content = content;
        _registry = registry;
    }

    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var tenant = CurrentTenant;
        if (await DenyAsync(isPortalHome: true) is { } denied)
        {
            return denied;
        }

        var profile = await _content.ProfileAsync(cancellationToken);
        var links = await _content.QuickLinksAsync(cancellationToken);
        if (!tenant.IsHost)
        {
            var news = await _content.PublishedNewsAsync(1, 6, cancellationToken);
            var pages = await _content.PagesAsync(1, cancellationToken);
            return View(new HomeViewModel { Tenant = tenant, Profile = profile, LatestNews = news.Items, QuickLinks = links, Pages = pages.Items });
        }

        var signedIn = User.Identity?.IsAuthenticated == true;
        var departments = _registry.Table.Tenants
            .Where(t => t.State == TenantState.Running && !t.IsHost)
            .OrderBy(t => t.DisplayName, Comparer<string>.Create((a, b) => Vietnamese.Compare(a, b, CompareOptions.IgnoreCase)))
            .Select(t => new PortalTenant(t.Name, t.DisplayName, t.Description, UrlOf(t)))
            .ToList();
        return View("Portal", new PortalViewModel
        {
            Province = _registry.Table.Host,
            Profile = profile,
            Departments = departments,
            QuickLinks = links,
            SignedIn = signedIn,
            LatestNews = signedIn ? (await _content.PublishedNewsAsync(1, 4, cancellationToken)).Items : [],
        });
    }

    /// <summary>Where a department answers: its own host name if it has one, else its prefix on this host.</summary>
    private string UrlOf(Tenant tenant)
    {
        var prefix = tenant.RequestUrlPrefix is { Length: > 0 } p ? "/" + p + "/" : "/";
        return tenant.RequestUrlHosts.Count > 0 ? $"{Request.Scheme}://{tenant.RequestUrlHosts[0]}{prefix}" : prefix;
    }
}
