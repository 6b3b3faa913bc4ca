using Intranet.Core.Audit;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Mail.Controllers;

/// <summary>
/// The mail administration JSON API (domains, mailboxes, aliases, lists, send-as, adoption), for bearer tokens;
/// a call made with the session cookie must carry the antiforgery token (Core's <c>CookieAntiforgeryMiddleware</c>).
/// Every action needs <c>ManageMail</c> in the host (the feature is host-only).
/// Refusals are problem+json with a Vietnamese detail and nothing written.
/// </summary>
[Authorize]
[IgnoreAntiforgeryToken]
[Route("api/mail")]
public sealed partial class MailApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly MailDomainService _domains;
    private readonly MailboxService _mailboxes;
    private readonly MailAliasService _aliases;
    private readonly MailListService _lists;
    private readonly MailAdoptionService _adoption;
    private readonly IAuditTrail _audit;

    public MailApiController(
        IAuthorizationService authorization, MailDomainService domains, MailboxService mailboxes, MailAliasService aliases,
        MailListService lists, MailAdoptionService adoption, IAuditTrail audit)
    {
        _authorization = authorization;
        _domains = domains;
        _mailboxes = mailboxes;
        _aliases = aliases;
        _lists = lists;
        _adoption = adoption;
        _audit = audit;
    }

    private CancellationToken Aborted => HttpContext.RequestAborted;

    [HttpGet("domains")]
    public Task<IActionResult> Domains(string? q, int page = 1, int pageSize = 25) => Run(async () => Ok(await _domains.ListAsync(q, page, pageSize, Aborted)));

    [HttpGet("domains/{id:int}")]
    public Task<IActionResult> Domain(int id) => Run(async () =>
        await _domains.GetAsync(id, Aborted) is { } domain ? Ok(domain) : NotFoundProblem($"Không có tên miền #{id}."));

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("domains")]
    public Task<IActionResult> CreateDomain([FromBody] DomainInput? input) => Run(async () =>
    {
        var id = await _domains.CreateAsync(Body(input), Aborted);
        await AuditAsync("domain.created", input!.Name);
        return Created($"{Request.PathBase}/api/mail/domains/{id}", await _domains.GetAsync(id, Aborted));
    });

    [HttpPut("domains/{id:int}")]
    public Task<IActionResult> UpdateDomain(int id, [FromBody] DomainInput? input) => Run(async () =>
    {
        await _domains.UpdateAsync(id, Body(input), Aborted);
        await AuditAsync("domain.updated", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Ok(await _domains.GetAsync(id, Aborted));
    });

    [HttpDelete("domains/{id:int}")]
    public Task<IActionResult> DeleteDomain(int id) => Run(async () =>
    {
        await _domains.DeleteAsync(id, Aborted);
        await AuditAsync("domain.deleted", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return NoContent();
    });

    [HttpGet("mailboxes")]
    public Task<IActionResult> Mailboxes(int? domainId, string? q, int page = 1, int pageSize = 25) =>
        Run(async () => Ok(await _mailboxes.ListAsync(domainId, q, page, pageSize, Aborted)));

    [HttpGet("mailboxes/{id:int}")]
    public Task<IActionResult> Mailbox(int id) => Run(async () =>
        await _mailboxes.GetAsync(id, Aborted) is { } mailbox ? Ok(mailbox) : NotFoundProblem($"Không có hộp thư #{id}."));

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("mailboxes")]
    public Task<IActionResult> CreateMailbox([FromBody] MailboxInput? input) => Run(async () =>
    {
        var mailbox = await _mailboxes.CreateAsync(Body(input), Aborted);
        await AuditAsync("mailbox.created", mailbox.Email);
        return Created($"{Request.PathBase}/api/mail/mailboxes/{mailbox.Id}", await _mailboxes.GetAsync(mailbox.Id, Aborted));
    });

    [HttpPut("mailboxes/{id:int}")]
    public Task<IActionResult> UpdateMailbox(int id, [FromBody] MailboxUpdateInput? input) => Run(async () =>
    {
        var body = Body(input);
        await _mailboxes.UpdateAsync(id, body.DisplayName, body.QuotaMb, Aborted);
        await AuditAsync("mailbox.updated", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Ok(await _mailboxes.GetAsync(id, Aborted));
    });

    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpPost("mailboxes/{id:int}/password")]
    public Task<IActionResult> SetPassword(int id, [FromBody] PasswordInput? input) => Run(async () =>
    {
        await _mailboxes.SetPasswordAsync(id, Body(input).Password ?? "", Aborted);
        await AuditAsync("mailbox.password-set", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return NoContent();
    });

    [HttpPost("mailboxes/{id:int}/disable")]
    public Task<IActionResult> Disable(int id, [FromBody] DepartureInput? input) => Run(async () =>
    {
        await _mailboxes.DisableAsync(id, input ?? new DepartureInput(), Aborted);
        await AuditAsync("mailbox.disabled", id.ToString(System.Globalization.CultureInfo.InvariantCulture), input?.ForwardTo is { Length: > 0 } f ? "forward=" + f : null);
        return Ok(await _mailboxes.GetAsync(id, Aborted));
    });

    [HttpPost("mailboxes/{id:int}/enable")]
    public Task<IActionResult> Enable(int id) => Run(async () =>
    {
        await _mailboxes.EnableAsync(id, Aborted);
        await AuditAsync("mailbox.enabled", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Ok(await _mailboxes.GetAsync(id, Aborted));
    });

    [HttpGet("aliases")]
    public Task<IActionResult> Aliases(int? domainId, string? q, int page = 1, int pageSize = 25) =>
        Run(async () => Ok(await _aliases.ListAsync(domainId, q, page, pageSize, Aborted)));

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("aliases")]
    public Task<IActionResult> AddAlias([FromBody] AliasInput? input) => Run(async () =>
    {
        await _aliases.AddAsync(Body(input), Aborted);
        await AuditAsync("alias.added", input!.Address, string.Join(", ", input.Destinations));
        return StatusCode(StatusCodes.Status201Created);
    });

    [HttpDelete("aliases/{id:int}")]
    public Task<IActionResult> RemoveAlias(int id) => Run(async () =>
    {
        await _aliases.RemoveDestinationAsync(id, Aborted);
        await AuditAsync("alias.removed", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return NoContent();
    });

    [HttpGet("lists")]
    public Task<IActionResult> Lists(int? domainId, string? q, int page = 1, int pageSize = 25) =>
        Run(async () => Ok(await _lists.ListAsync(domainId, q, page, pageSize, Aborted)));

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("lists")]
    public Task<IActionResult> CreateList([FromBody] ListInput? input) => Run(async () =>
    {
        var body = Body(input);
        var id = await _lists.CreateManualAsync(body.Address, body.Name, Aborted);
        await AuditAsync("list.created", body.Address);
        return Created($"{Request.PathBase}/api/mail/lists/{id}/members", new { id });
    });

    [HttpGet("lists/{id:int}/members")]
    public Task<IActionResult> Members(int id) => Run(async () =>
    {
        await _lists.RequireAsync(id, Aborted);
        return Ok(await _lists.MembersAsync(id, Aborted));
    });

    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpPost("lists/{id:int}/members")]
    public Task<IActionResult> AddMember(int id, [FromBody] MemberInput? input) => Run(async () =>
    {
        var list = await ManualListAsync(id);
        await _lists.SetMemberAsync(list, Body(input).Email ?? "", true, Aborted);
        await AuditAsync("list.member-added", list.Address, input!.Email);
        return NoContent();
    });

    [HttpDelete("lists/{id:int}/members")]
    public Task<IActionResult> RemoveMember(int id, string? email) => Run(async () =>
    {
        var list = await ManualListAsync(id);
        await _lists.SetMemberAsync(list, email ?? "", false, Aborted);
        await AuditAsync("list.member-removed", list.Address, email);
        return NoContent();
    });

    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [HttpPost("send-as")]
    public Task<IActionResult> GrantSendAs([FromBody] SendAsInput? input) => Run(async () =>
    {
        var body = Body(input);
        await _aliases.GrantSendAsAsync(body.Address ?? "", body.Mailbox ?? "", Aborted);
        await AuditAsync("send-as.granted", body.Address, body.Mailbox);
        return NoContent();
    });

    [HttpDelete("send-as")]
    public Task<IActionResult> RevokeSendAs(string? address, string? mailbox) => Run(async () =>
    {
        await _aliases.RevokeSendAsAsync(address ?? "", mailbox ?? "", Aborted);
        await AuditAsync("send-as.revoked", address, mailbox);
        return NoContent();
    });

    [HttpGet("adoption")]
    public Task<IActionResult> Adoption() => Run(async () => Ok(await _adoption.PerTenantAsync(Aborted)));

    private async Task<MailList> ManualListAsync(int id)
    {
        var list = await _lists.RequireAsync(id, Aborted);
        return list.Kind == MailListKind.Manual
            ? list
            : throw new MailValidationException("Nhóm thư này tự động theo đơn vị hoặc cơ quan; thành viên thay đổi theo danh bạ và tài khoản.");
    }

    private static T Body<T>(T? input)
        where T : class =>
        input ?? throw new MailValidationException("Thiếu nội dung yêu cầu (JSON).");

    private Task AuditAsync(string action, string? subject, string? details = null) =>
        _audit.RecordAsync(new AuditEvent("mail", action, subject, details) { TenantName = Intranet.Core.Tenants.Tenant.DefaultName }, Aborted);

    private ObjectResult NotFoundProblem(string detail) => Problem(404, detail);

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };

    private async Task<IActionResult> Run(Func<Task<IActionResult>> action)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageMail))
        {
            return Problem(403, "Bạn không có quyền quản trị thư công vụ (ManageMail) ở cấp tỉnh.");
        }

        if (!ModelState.IsValid)
        {
            return Problem(400, "Nội dung yêu cầu không đọc được: " + string.Join("; ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Where(m => m.Length > 0).Take(3)));
        }

        try
        {
            return await action();
        }
        catch (MailValidationException ex)
        {
            var problem = ApiProblems.Create(400, ex.Message);
            if (ex.Field is { } field)
            {
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [ex.Message] };
            }

            return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
        }
        catch (KeyNotFoundException ex)
        {
            return Problem(404, ex.Message);
        }
        catch (DbUpdateException)
        {
            return Problem(409, "Dữ liệu vừa bị thay đổi bởi một thao tác khác (địa chỉ có thể đã được dùng). Hãy tải lại và thử lại.");
        }
    }
}
