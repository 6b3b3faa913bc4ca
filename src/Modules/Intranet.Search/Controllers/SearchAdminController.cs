using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Search.Controllers;

/// <summary>The current tenant's indexes: document counts, a rebuild button, and the rebuild's progress.</summary>
[Admin]
[Authorize] // anonymous visitors are sent to the sign-in page, not answered 403
[Route("admin/search")]
public sealed class SearchAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly SearchIndexRebuilder _rebuilder;
    private readonly SearchIndexManager _indexes;
    private readonly ITenantAccessor _tenants;
    private readonly ITenantRegistry _registry;

    public SearchAdminController(IAuthorizationService authorization, SearchIndexRebuilder rebuilder, SearchIndexManager indexes, ITenantAccessor tenants, ITenantRegistry registry)
    {
        _authorization = authorization;
        _rebuilder = rebuilder;
        _indexes = indexes;
        _tenants = tenants;
        _registry = registry;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSearchIndexes))
        {
            return Forbid();
        }

        return View(Rows());
    }

    /// <summary>The progress table alone, polled by htmx while a rebuild runs.</summary>
    [HttpGet("status")]
    public async Task<IActionResult> Status()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSearchIndexes))
        {
            return Forbid();
        }

        return PartialView("_Status", Rows());
    }

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(string index)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSearchIndexes))
        {
            return Forbid();
        }

        var tenant = _tenants.Required;
        if (_rebuilder.FindSource(index) is not { } source || !source.TenantsFor(_registry.Table).Any(t => t.Name == tenant.Name))
        {
            return NotFound();
        }

        await _rebuilder.StartAsync(tenant, source.IndexName);
        return Request.Headers.ContainsKey("HX-Request") ? PartialView("_Status", Rows()) : RedirectToAction(nameof(Index));
    }

    private List<SearchIndexRow> Rows()
    {
        var tenant = _tenants.Required;
        return [.. _rebuilder.Sources
            .Where(s => s.TenantsFor(_registry.Table).Any(t => t.Name == tenant.Name))
            .Select(s =>
            {
                var key = new SearchIndexKey(tenant.Name, s.IndexName);
                return new SearchIndexRow(s.IndexName, s.DisplayName, _indexes.Count(key), _rebuilder.StatusOf(key));
            })];
    }
}
