using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Users.Services;
using Intranet.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>/admin/roles: the current tenant's roles and, per role, its permissions grouped by module.</summary>
[Admin]
[Authorize]
[Route("admin/roles")]
public sealed class RolesAdminController : Controller
{
    private readonly RoleAdministration _roles;
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;

    public RolesAdminController(RoleAdministration roles, IAuthorizationService authorization, ITenantAccessor tenants)
    {
        _roles = roles;
        _authorization = authorization;
        _tenants = tenants;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await AllowedAsync() ? View(await _roles.ListAsync(_tenants.Required, cancellationToken)) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(string? name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        name = name?.Trim();
        if (name is not null && await _roles.FindAsync(_tenants.Required, name, cancellationToken) is not null)
        {
            return Refuse("Đã có vai trò tên này.", await _roles.ListAsync(_tenants.Required, cancellationToken));
        }

        try
        {
            await _roles.SaveAsync(_tenants.Required, name, null, [], cancellationToken);
        }
        catch (AccountException ex)
        {
            return Refuse(ex.Message, await _roles.ListAsync(_tenants.Required, cancellationToken));
        }
        catch (RoleConflictException ex)
        {
            return Refuse(ex.Message, await _roles.ListAsync(_tenants.Required, cancellationToken), StatusCodes.Status409Conflict);
        }

        TempData["Flash.Success"] = "Đã tạo vai trò; hãy chọn quyền cho vai trò.";
        return LocalRedirect("~/admin/roles/" + Uri.EscapeDataString(name!));
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        return await _roles.FindAsync(_tenants.Required, name, cancellationToken) is { } role
            ? View(new RoleEditViewModel(role, _roles.PermissionsByModule()))
            : NotFound();
    }

    [HttpPost("{name}")]
    public async Task<IActionResult> Save(string name, string? description, List<string>? permissions, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await _roles.FindAsync(_tenants.Required, name, cancellationToken) is not { } role)
        {
            return NotFound();
        }

        try
        {
            await _roles.SaveAsync(_tenants.Required, name, string.IsNullOrWhiteSpace(description) ? null : description.Trim(), permissions ?? [], cancellationToken);
        }
        catch (AccountException ex)
        {
            ViewData["Error"] = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new RoleEditViewModel(role, _roles.PermissionsByModule()));
        }
        catch (RoleConflictException ex)
        {
            return Refuse(ex.Message, await _roles.ListAsync(_tenants.Required, cancellationToken), StatusCodes.Status409Conflict);
        }

        TempData["Flash.Success"] = "Đã lưu quyền của vai trò.";
        return LocalRedirect("~/admin/roles/" + Uri.EscapeDataString(name));
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        try
        {
            if (!await _roles.DeleteAsync(_tenants.Required, name, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (RoleConflictException ex)
        {
            return Refuse(ex.Message, await _roles.ListAsync(_tenants.Required, cancellationToken), StatusCodes.Status409Conflict);
        }

        TempData["Flash.Success"] = StandardRoles.All.Contains(name) ? "Đã đặt lại vai trò về quyền mặc định." : "Đã xóa vai trò.";
        return LocalRedirect("~/admin/roles");
    }

    private ViewResult Refuse(string error, object model, int status = StatusCodes.Status400BadRequest)
    {
        ViewData["Error"] = error;
        Response.StatusCode = status;
        return View("Index", model);
    }

    private Task<bool> AllowedAsync() => _authorization.AuthorizeAsync(User, Permissions.ManageRoles);
}
