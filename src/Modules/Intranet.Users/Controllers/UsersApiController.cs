using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>
/// JSON API over the current tenant's members (ManageUsers), the same operations as /admin/users.
/// Bearer tokens only, so no cookie can be used to forge a call; hence no antiforgery token.
/// </summary>
[Authorize(AuthenticationSchemes = UsersAuthentication.BearerScheme)]
[IgnoreAntiforgeryToken]
[Route("api/users")]
public sealed class UsersApiController : Controller
{
    private readonly UserAdministration _admin;
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;

    public UsersApiController(UserAdministration admin, IAuthorizationService authorization, ITenantAccessor tenants)
    {
        _admin = admin;
        _authorization = authorization;
        _tenants = tenants;
    }

    private Tenant Tenant => _tenants.Required;

    [HttpGet("")]
    public Task<IActionResult> List(string? q, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default) =>
        RunAsync(async () => Ok(await _admin.SearchAsync(Tenant, q, page, pageSize, cancellationToken)));

    [HttpGet("{id}")]
    public Task<IActionResult> Get(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, row => Task.FromResult<IActionResult>(Ok(row)), cancellationToken);

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("")]
    public Task<IActionResult> Add([FromBody] MemberRequest? request, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (request is null)
            {
                return ApiResults.Problem(400, "Cần gửi JSON {\"email\", \"fullName\", \"roles\": [...], \"password\"?}.");
            }

            var id = await _admin.AddMemberAsync(Tenant, request.Email, request.FullName, request.Password, request.Roles ?? [StandardRoles.Member], cancellationToken);
            return Created(Url.Content($"~/api/users/{id}"), await _admin.FindAsync(Tenant, id, cancellationToken));
        });

    /// <summary>The explicit, confirmed step of adding an account homed in another tenant (probe S3); audited in both tenants.</summary>
    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("existing")]
    public Task<IActionResult> AddExisting([FromBody] ExistingMemberRequest? request, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (request is null || !ModelState.IsValid)
            {
                return ApiResults.Problem(400, "Cần gửi JSON {\"email\", \"roles\": [...]} của một tài khoản đã có.");
            }

            var id = await _admin.AddExistingMemberAsync(Tenant, request.Email, request.Roles ?? [StandardRoles.Member], cancellationToken);
            return Created(Url.Content($"~/api/users/{id}"), await _admin.FindAsync(Tenant, id, cancellationToken));
        });

    /// <summary>Every tenant the account belongs to: for its home department and the province only.</summary>
    [HttpGet("{id}/memberships")]
    public Task<IActionResult> Memberships(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row => UserAdministration.OwnsAccount(Tenant, row)
            ? Ok(await _admin.MembershipsAsync(Tenant, row, cancellationToken))
            : ApiResults.Problem(403, "Chỉ đơn vị chính của tài khoản hoặc quản trị cấp tỉnh xem được tài khoản thuộc những đơn vị nào."), cancellationToken);

    /// <summary>The home department or the province takes the account out of another tenant.</summary>
    [HttpDelete("{id}/memberships/{tenant}")]
    public Task<IActionResult> RemoveMembershipElsewhere(string id, string tenant, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.RemoveMembershipElsewhereAsync(Tenant, row, tenant, cancellationToken);
            return NoContent();
        }, cancellationToken);

    [HttpPut("{id}")]
    public Task<IActionResult> Update(string id, [FromBody] AccountUpdateRequest? request, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.UpdateAsync(Tenant, row, request?.FullName, request?.HomeTenant, cancellationToken);
            return Ok(await _admin.FindAsync(Tenant, id, cancellationToken));
        }, cancellationToken);

    [HttpPut("{id}/roles")]
    public Task<IActionResult> SetRoles(string id, [FromBody] RolesRequest? request, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            // Any existing account may be made a member of this tenant.
            var row = await _admin.FindAnyAsync(Tenant, id, cancellationToken);
            if (row is null)
            {
                return ApiResults.Problem(404, "Không tìm thấy tài khoản.");
            }

            // No "roles" field means no change, never "no roles" (S4).
            if (request?.Roles is { } roles)
            {
                await _admin.SetRolesAsync(Tenant, row, roles, cancellationToken);
            }

            return await _admin.FindAsync(Tenant, id, cancellationToken) is { } member ? Ok(member) : ApiResults.Problem(404, "Không tìm thấy tài khoản trong đơn vị này.");
        });

    [HttpDelete("{id}/membership")]
    public Task<IActionResult> RemoveMember(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.RemoveMemberAsync(Tenant, row, User.AccountId()!, cancellationToken);
            return NoContent();
        }, cancellationToken);

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.SetEnabledAsync(Tenant, row, false, User.AccountId()!, cancellationToken);
            return Ok(await _admin.FindAsync(Tenant, id, cancellationToken));
        }, cancellationToken);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.SetEnabledAsync(Tenant, row, true, User.AccountId()!, cancellationToken);
            return Ok(await _admin.FindAsync(Tenant, id, cancellationToken));
        }, cancellationToken);

    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpPost("{id}/end-sessions")]
    public Task<IActionResult> EndSessions(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.EndSessionsAsync(Tenant, row, cancellationToken);
            return NoContent();
        }, cancellationToken);

    [HttpPost("{id}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.ResetTwoFactorAsync(Tenant, row, cancellationToken);
            return Ok(await _admin.FindAsync(Tenant, id, cancellationToken));
        }, cancellationToken);

    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpPost("{id}/password")]
    public Task<IActionResult> SetPassword(string id, [FromBody] PasswordRequest? request, CancellationToken cancellationToken) =>
        WithAccountAsync(id, async row =>
        {
            await _admin.SetPasswordAsync(Tenant, row, request?.Password, cancellationToken);
            return NoContent();
        }, cancellationToken);

    private Task<IActionResult> WithAccountAsync(string id, Func<AccountRow, Task<IActionResult>> action, CancellationToken cancellationToken) =>
        RunAsync(async () => await _admin.FindAsync(Tenant, id, cancellationToken) is { } row
            ? await action(row)
            : ApiResults.Problem(404, "Không tìm thấy tài khoản trong đơn vị này."));

    /// <summary>Checks ManageUsers in the current tenant, then maps refusals to problem+json.</summary>
    private async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageUsers))
        {
            return ApiResults.Problem(403, "Cần quyền quản lý tài khoản (ManageUsers) trong đơn vị này.");
        }

        try
        {
            return await action();
        }
        catch (AccountOwnershipException ex)
        {
            return ApiResults.Problem(403, ex.Message);
        }
        catch (ExistingAccountException ex)
        {
            return ApiResults.Problem(409, ex.Message);
        }
        catch (AccountException ex)
        {
            return ApiResults.Problem(400, ex.Message);
        }
    }
}
