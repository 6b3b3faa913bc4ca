using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>GET /api/auth/me: the signed-in account and its roles and permissions in the current tenant. Read-only, so a cookie may call it too.</summary>
[Authorize]
[Route("api/auth/me")]
public sealed class MeApiController : Controller
{
    private readonly AccountManager _accounts;
    private readonly PermissionChecker _checker;
    private readonly RolePermissions _roles;
    private readonly ITenantAccessor _tenants;
    private readonly PermissionCatalog _catalog;

    public MeApiController(AccountManager accounts, PermissionChecker checker, RolePermissions roles, ITenantAccessor tenants, PermissionCatalog catalog)
    {
        _accounts = accounts;
        _checker = checker;
        _roles = roles;
        _tenants = tenants;
        _catalog = catalog;
    }

    [HttpGet("")]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var account = await _accounts.RequireAsync(User.AccountId()!);
        var tenant = _tenants.Required;
        var roles = await _checker.RolesAsync(account.Id, tenant.Name, cancellationToken);
        var granted = roles is null ? [] : await _roles.ForRolesAsync(tenant.Name, roles, cancellationToken);
        granted.ExceptWith(await _checker.WithheldAsync(User, tenant, cancellationToken)); // not usable until TOTP is enrolled
        return Ok(new MeResponse(
            account.Id,
            account.Email ?? "",
            account.FullName,
            account.HomeTenant,
            account.TwoFactorEnabled,
            tenant.Name,
            roles is not null,
            roles ?? [],
            [.. _catalog.Permissions.Select(p => p.Name).Where(granted.Contains)]));
    }
}
