using Intranet.Core.Audit;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Email.Outbox;
using Intranet.Mail.Models;
using Intranet.Mail.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Mail.Controllers;

/// <summary>Mail administration in the admin theme: domains with their limits, mailboxes, the notification outbox.</summary>
[Admin]
[Authorize] // anonymous visitors are sent to the sign-in page, not answered 403
[Route("admin/mail")]
public sealed class MailAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly MailDomainService _domains;
    private readonly MailboxService _mailboxes;
    private readonly IEmailOutbox _outbox;
    private readonly IAuditTrail _audit;

    public MailAdminController(IAuthorizationService authorization, MailDomainService domains, MailboxService mailboxes, IEmailOutbox outbox, IAuditTrail audit)
    {
        _authorization = authorization;
        _domains = domains;
        _mailboxes = mailboxes;
        _outbox = outbox;
        _audit = audit;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int? domainId, string? q, int page = 1) =>
        !await _authorization.AuthorizeAsync(User, Permissions.ManageMail) ? Forbid() : View(await ModelAsync(domainId, q, page, null, TempData["Message"] as string));

    [HttpPost("domains")]
    public async Task<IActionResult> CreateDomain(DomainInput input, string? tenants)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageMail))
        {
            return Forbid();
        }

        input.Tenants = (tenants ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).ToList();
        try
        {
            var id = await _domains.CreateAsync(input, HttpContext.RequestAborted);
            await _audit.RecordAsync(new AuditEvent("mail", "domain.created", input.Name), HttpContext.RequestAborted);
            TempData["Message"] = $"Đã tạo tên miền {input.Name}.";
            return RedirectToAction(nameof(Index), new { domainId = id });
        }
        catch (MailValidationException ex)
        {
            Response.StatusCode = 400;
            return View("Index", await ModelAsync(null, null, 1, ex.Message, null) with { NewDomain = input });
        }
    }

    [HttpPost("mailboxes/{id:int}/disable")]
    public async Task<IActionResult> Disable(int id, DepartureInput input, int? domainId)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageMail))
        {
            return Forbid();
        }

        try
        {
            await _mailboxes.DisableAsync(id, input, HttpContext.RequestAborted);
            await _audit.RecordAsync(new AuditEvent("mail", "mailbox.disabled", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), HttpContext.RequestAborted);
            TempData["Message"] = "Đã khoá hộp thư.";
            return RedirectToAction(nameof(Index), new { domainId });
        }
        catch (MailValidationException ex)
        {
            Response.StatusCode = 400;
            return View("Index", await ModelAsync(domainId, null, 1, ex.Message, null));
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost("mailboxes/{id:int}/enable")]
    public async Task<IActionResult> Enable(int id, int? domainId)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageMail))
        {
            return Forbid();
        }

        try
        {
            await _mailboxes.EnableAsync(id, HttpContext.RequestAborted);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        await _audit.RecordAsync(new AuditEvent("mail", "mailbox.enabled", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), HttpContext.RequestAborted);
        TempData["Message"] = "Đã mở lại hộp thư.";
        return RedirectToAction(nameof(Index), new { domainId });
    }

    [HttpPost("outbox/{id:long}/retry")]
    public async Task<IActionResult> Retry(long id)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageMail))
        {
            return Forbid();
        }

        TempData["Message"] = await _outbox.RetryAsync(id, HttpContext.RequestAborted) ? "Thư sẽ được gửi lại ngay." : "Thư này đã gửi xong hoặc không còn.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<MailAdminViewModel> ModelAsync(int? domainId, string? q, int page, string? error, string? message)
    {
        var domains = await _domains.ListAsync(null, 1, 200, HttpContext.RequestAborted);
        var mailboxes = await _mailboxes.ListAsync(domainId, q, page, 25, HttpContext.RequestAborted);
        var outbox = await _outbox.StatusAsync(10, HttpContext.RequestAborted);
        return new MailAdminViewModel(domains, domainId, q, mailboxes, outbox, error, message);
    }
}
