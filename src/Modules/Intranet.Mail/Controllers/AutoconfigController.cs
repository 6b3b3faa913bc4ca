using System.Text;
using System.Xml.Linq;
using Intranet.Core.Modules;
using Intranet.Core.Web;
using Intranet.Mail.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Mail.Controllers;

/// <summary>
/// Client autoconfiguration, anonymous like every mail provider's: Thunderbird (well-known path and the
/// "autoconfig.{domain}" host form) and Outlook POX autodiscover. Answers only for domains in mail.db, so it
/// reveals nothing that DNS does not. Always on, in every tenant, because a department's web host is often
/// its mail domain.
/// </summary>
[ForFeature("Intranet.Mail.Autoconfig")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class AutoconfigController : Controller
{
    private readonly ClientConfiguration _configuration;
    private readonly MailDomainService _domains;
    private readonly IPublicUrls _urls;

    public AutoconfigController(ClientConfiguration configuration, MailDomainService domains, IPublicUrls urls)
    {
        _configuration = configuration;
        _domains = domains;
        _urls = urls;
    }

    [HttpGet("/.well-known/autoconfig/mail/config-v1.1.xml")]
    [HttpGet("/mail/config-v1.1.xml")]
    public async Task<IActionResult> Thunderbird([FromQuery(Name = "emailaddress")] string? emailAddress)
    {
        string? domain;
        if (!string.IsNullOrWhiteSpace(emailAddress))
        {
            if (!MailAddress.TryNormalize(emailAddress, out var address))
            {
                return Problem(400, $"Địa chỉ thư \"{emailAddress}\" không hợp lệ.");
            }

            domain = MailAddress.DomainOf(address);
        }
        else
        {
            domain = DomainFromHost("autoconfig.");
        }

        if (domain is null || await _domains.FindByNameAsync(domain, HttpContext.RequestAborted) is not { IsActive: true })
        {
            return Problem(404, "Tên miền này không có thư công vụ trên hệ thống.");
        }

        // The document is kept by mail clients (and cached): its link comes from configuration, not the Host header.
        var help = HttpContext.GetTenant() is { } tenant ? _urls.Absolute(tenant, "mail/help") : HttpContext.TenantUrl("/mail/help");
        return Xml(_configuration.Thunderbird(domain, help));
    }

    [HttpPost("/autodiscover/autodiscover.xml")]
    [HttpGet("/autodiscover/autodiscover.xml")]
    public async Task<IActionResult> Autodiscover()
    {
        string? email = null;
        if (HttpMethods.IsPost(Request.Method))
        {
            email = await ClientConfiguration.ReadAutodiscoverRequestAsync(Request.Body, HttpContext.RequestAborted);
            if (email is null)
            {
                return Problem(400, "Yêu cầu autodiscover phải là XML có phần tử EMailAddress.");
            }
        }
        else if (Request.Query["emailaddress"] is { Count: > 0 } query)
        {
            email = query.ToString();
        }

        if (email is null || !MailAddress.TryNormalize(email, out var address))
        {
            return Problem(400, $"Địa chỉ thư \"{email}\" không hợp lệ.");
        }

        if (await _domains.FindByNameAsync(MailAddress.DomainOf(address), HttpContext.RequestAborted) is not { IsActive: true })
        {
            return Problem(404, "Tên miền này không có thư công vụ trên hệ thống.");
        }

        return Xml(_configuration.Autodiscover(address));
    }

    [HttpGet("/mail/help")]
    public async Task<IActionResult> Help(string? domain)
    {
        var name = domain ?? DomainFromHost("autoconfig.") ?? Request.Host.Host;
        var known = await _domains.FindByNameAsync(name, HttpContext.RequestAborted) is { IsActive: true };
        return View("~/Views/Autoconfig/Help.cshtml", new Models.MailHelpViewModel(known ? name : null, _configuration.Servers));
    }

    private string? DomainFromHost(string prefix)
    {
        var host = Request.Host.Host.ToLowerInvariant();
        return host.StartsWith(prefix, StringComparison.Ordinal) ? host[prefix.Length..] : host;
    }

    private ContentResult Xml(XDocument document)
    {
        Response.Headers.CacheControl = "public, max-age=3600";
        var builder = new StringBuilder();
        using (var writer = new Utf8StringWriter(builder))
        {
            document.Save(writer);
        }

        return Content(builder.ToString(), "application/xml; charset=utf-8");
    }

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
