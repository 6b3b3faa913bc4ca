using Intranet.Core.Tenants;
using Intranet.Site.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Site.Controllers;

/// <summary>The public side of the site: every action first asks <see cref="SiteAccess"/> whether this reader may see it.</summary>
public abstract class SiteControllerBase : Controller
{
    protected Tenant CurrentTenant => HttpContext.RequestServices.GetRequiredService<ITenantAccessor>().Required;

    protected async Task<IActionResult?> DenyAsync(bool isPortalHome = false)
    {
        var access = HttpContext.RequestServices.GetRequiredService<SiteAccess>();
        switch (await access.CheckAsync(HttpContext, CurrentTenant, isPortalHome))
        {
            case SiteAccessResult.SignIn:
                // An intranet: anonymous readers sign in first and come back here.
                var here = (Request.PathBase + Request.Path + Request.QueryString).ToString();
                return Redirect(Url.Content("~/account/login") + "?ReturnUrl=" + Uri.EscapeDataString(here));
            case SiteAccessResult.Forbidden:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return View("~/Views/Shared/SiteForbidden.cshtml");
            default:
                return null;
        }
    }

    protected IActionResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("~/Views/Shared/SiteNotFound.cshtml");
    }
}
