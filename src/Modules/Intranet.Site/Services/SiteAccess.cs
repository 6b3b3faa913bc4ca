using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Intranet.Site.Services;

/// <summary>
/// Who may read a site. A department's site is internal: anonymous visitors are sent to sign in, signed-in
/// users who are not members of the department get 403. At the host, the province portal (the list of
/// departments) is open to anyone who reaches the intranet; the host's news and pages need a signed-in account.
/// </summary>
public sealed class SiteAccess
{
    private readonly IPermissionChecker _permissions;

    public SiteAccess(IPermissionChecker permissions) => _permissions = permissions;

    public async Task<SiteAccessResult> CheckAsync(HttpContext context, Tenant tenant, bool isPortalHome = false)
    {
        if (tenant.IsHost && isPortalHome)
        {
            return SiteAccessResult.Allowed;
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            return SiteAccessResult.SignIn;
        }

        if (tenant.IsHost)
        {
            return SiteAccessResult.Allowed;
        }

        return await _permissions.IsMemberAsync(context.User, tenant, context.RequestAborted) ? SiteAccessResult.Allowed : SiteAccessResult.Forbidden;
    }
}
