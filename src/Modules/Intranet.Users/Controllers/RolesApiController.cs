using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>JSON API over the current tenant's roles (ManageRoles). Bearer tokens only.</summary>
[Authorize(AuthenticationSchemes = UsersAuthentication.BearerScheme)]
[IgnoreAntiforgeryToken]
[Route("api/roles")]
public sealed class RolesApiController : Controller
{
    private readonly RoleAdministration _roles;
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;

    public RolesApiController(RoleAdministration roles, IAuthorizationService authorization, ITenantAccessor tenants)
    {
        _roles = roles;
        _authorization = authorization;
        _tenants = tenants;
    }

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        await AllowedAsync() ? Ok(await _roles.ListAsync(_tenants.Required, cancellationToken)) : Refused();

    [HttpPut("{name}")]
    public async Task<IActionResult> Save(string name, [FromBody] RoleRequest? request, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Refused();
        }

        try
        {
            // A field left out keeps its value (S4: a body read as "empty" must never wipe permissions).
            var current = await _roles.FindAsync(_tenants.Required, name, cancellationToken);
            await _roles.SaveAsync(_tenants.Required, name, request?.Description ?? current?.Description, request?.Permissions ?? current?.Permissions ?? [], cancellationToken);
        }
        catch (AccountException ex)
        {
            return ApiResults.Problem(400, ex.Message);
        }
        catch (RoleConflictException ex)
        {
            return ApiResults.Problem(409, ex.Message);
        }

        return Ok(await _roles.FindAsync(_tenants.Required, name, cancellationToken));
    }

    [HttpDelete("{name}")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Refused();
        }

        try
        {
            return await _roles.DeleteAsync(_tenants.Required, name, cancellationToken) ? NoContent() : ApiResults.Problem(404, "Đơn vị không có vai trò riêng nào tên này.");
        }
        catch (RoleConflictException ex)
        {
            return ApiResults.Problem(409, ex.Message);
        }
    }

    private async Task<bool> AllowedAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return await _authorization.AuthorizeAsync(User, Permissions.ManageRoles);
    }

    private static ObjectResult Refused() => ApiResults.Problem(403, "Cần quyền quản lý vai trò (ManageRoles) trong đơn vị này.");
}
