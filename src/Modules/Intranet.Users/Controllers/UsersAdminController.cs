using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Users.Services;
using Intranet.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>/admin/users: the current tenant's accounts (host: every account), server-paged and searchable, and every change to them.</summary>
[Admin]
[Authorize]
[Route("admin/users")]
public sealed class UsersAdminController : Controller
{
    private const int PageSize = 25;

    private readonly UserAdministration _admin;
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;

    public UsersAdminController(UserAdministration admin, IAuthorizationService authorization, ITenantAccessor tenants)
    {
        _admin = admin;
        _authorization = authorization;
        _tenants = tenants;
    }

    private Tenant Tenant => _tenants.Required;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var model = new UserListViewModel(await _admin.SearchAsync(Tenant, q, page, PageSize, cancellationToken), q, Tenant.IsHost);
        return Request.Headers.ContainsKey("HX-Request") ? PartialView("_List", model) : View(model);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await AllowedAsync()
            ? View(new UserCreateViewModel { Roles = [StandardRoles.Member], AvailableRoles = await _admin.AvailableRolesAsync(Tenant, cancellationToken) })
            : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserCreateViewModel model, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        try
        {
            var id = model.AddExisting
                ? await _admin.AddExistingMemberAsync(Tenant, model.Email, model.Roles, cancellationToken)
                : await _admin.AddMemberAsync(Tenant, model.Email, model.FullName, model.Password, model.Roles, cancellationToken);
            TempData["Flash.Success"] = "Đã thêm thành viên.";
            return LocalRedirect($"~/admin/users/{id}");
        }
        catch (Exception ex) when (ex is AccountException or AccountOwnershipException or ExistingAccountException)
        {
            // An account homed elsewhere: ask to confirm (409); another department's domain: 403; bad input: 400.
            model.ConfirmExisting = ex is ExistingAccountException;
            model.Error = ex.Message;
            model.Password = null;
            model.AvailableRoles = await _admin.AvailableRolesAsync(Tenant, cancellationToken);
            Response.StatusCode = ex switch
            {
                ExistingAccountException => StatusCodes.Status409Conflict,
                AccountOwnershipException => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
            return View(model);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await _admin.FindAsync(Tenant, id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        return View(await EditModelAsync(row, null, cancellationToken));
    }

    [HttpPost("{id}")]
    public Task<IActionResult> Save(string id, string? fullName, string? homeTenant, List<string>? roles, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã lưu.", async row =>
        {
            if (UserAdministration.OwnsAccount(Tenant, row) && (fullName != row.FullName || (Tenant.IsHost && homeTenant != row.HomeTenant)))
            {
                await _admin.UpdateAsync(Tenant, row, fullName, Tenant.IsHost ? homeTenant : null, cancellationToken);
            }

            await _admin.SetRolesAsync(Tenant, row, roles ?? [], cancellationToken);
        }, cancellationToken);

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã vô hiệu hóa tài khoản; mọi phiên đăng nhập đã kết thúc.", row => _admin.SetEnabledAsync(Tenant, row, false, User.AccountId()!, cancellationToken), cancellationToken);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã kích hoạt lại tài khoản.", row => _admin.SetEnabledAsync(Tenant, row, true, User.AccountId()!, cancellationToken), cancellationToken);

    [HttpPost("{id}/end-sessions")]
    public Task<IActionResult> EndSessions(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã kết thúc mọi phiên đăng nhập của tài khoản.", row => _admin.EndSessionsAsync(Tenant, row, cancellationToken), cancellationToken);

    [HttpPost("{id}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã tắt xác thực hai lớp; người dùng có thể đăng ký lại.", row => _admin.ResetTwoFactorAsync(Tenant, row, cancellationToken), cancellationToken);

    [HttpPost("{id}/password")]
    public Task<IActionResult> SetPassword(string id, string? password, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã đặt mật khẩu tạm thời; người dùng phải đổi khi đăng nhập.", row => _admin.SetPasswordAsync(Tenant, row, password, cancellationToken), cancellationToken);

    [HttpPost("{id}/remove")]
    public Task<IActionResult> Remove(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã xóa khỏi đơn vị.", row => _admin.RemoveMemberAsync(Tenant, row, User.AccountId()!, cancellationToken), cancellationToken, Tenant.IsHost ? null : "~/admin/users");

    /// <summary>The home department or the province takes the account out of another tenant ("also member of …").</summary>
    [HttpPost("{id}/memberships/{tenant}/remove")]
    public Task<IActionResult> RemoveElsewhere(string id, string tenant, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Đã gỡ tài khoản khỏi đơn vị " + tenant + ".", row => _admin.RemoveMembershipElsewhereAsync(Tenant, row, tenant, cancellationToken), cancellationToken);

    /// <summary>
    /// Post/redirect/get on success (back to the account, with a flash message); a refused change re-renders the
    /// account with the reason and a 400 (bad input) or 403 (an account homed in another department).
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string id, string success, Func<Models.AccountRow, Task> change, CancellationToken cancellationToken, string? redirectTo = null)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (await _admin.FindAsync(Tenant, id, cancellationToken) is not { } row)
        {
            return NotFound();
        }

        string error;
        try
        {
            await change(row);
            TempData["Flash.Success"] = success;
            return LocalRedirect(redirectTo ?? $"~/admin/users/{id}");
        }
        catch (AccountOwnershipException ex)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            error = ex.Message;
        }
        catch (ExistingAccountException ex)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            error = ex.Message;
        }
        catch (AccountException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            error = ex.Message;
        }

        row = await _admin.FindAsync(Tenant, id, cancellationToken) ?? row;
        return View("Edit", await EditModelAsync(row, error, cancellationToken));
    }

    private async Task<UserEditViewModel> EditModelAsync(Models.AccountRow row, string? error, CancellationToken cancellationToken) =>
        new(row, await _admin.AvailableRolesAsync(Tenant, cancellationToken), UserAdministration.OwnsAccount(Tenant, row), Tenant.IsHost, row.Id == User.AccountId())
        {
            Error = error,
            Memberships = await _admin.MembershipsAsync(Tenant, row, cancellationToken),
            TenantName = Tenant.Name,
        };

    private Task<bool> AllowedAsync() => _authorization.AuthorizeAsync(User, Permissions.ManageUsers);
}
