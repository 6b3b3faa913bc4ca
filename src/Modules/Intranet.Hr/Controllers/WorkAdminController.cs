using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Corrections;
using Intranet.Hr.Services.Work;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The HR officer's work lists (<c>/admin/hr/work</c>): steps due, retirements, probation and contract ends; a line
/// drafts its decision, which a person confirms with the decision's number, date and signer. Lists export to XLSX.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/hr/work")]
public sealed class WorkAdminController : Controller
{
    private readonly HrAccess _access;
    private readonly WorkLists _lists;
    private readonly DraftService _drafts;
    private readonly HrWorkTransaction _transaction;
    private readonly HrDbContext _db;
    private readonly TimeProvider _clock;

    public WorkAdminController(HrAccess access, WorkLists lists, DraftService drafts, HrWorkTransaction transaction, HrDbContext db, TimeProvider clock)
    {
        _access = access;
        _lists = lists;
        _drafts = drafts;
        _transaction = transaction;
        _db = db;
        _clock = clock;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? list, int? days, int? months, string? message, int? record, CancellationToken ct)
    {
        var kind = WorkWindow.Parse(list);
        if (kind is null)
        {
            return NotFound();
        }

        if (!await WorkWindow.MayReadAsync(_access, User, kind.Value))
        {
            return Forbid();
        }

        var today = HrToday.From(_clock);
        int window;
        try
        {
            window = WorkWindow.Days(kind.Value, days, months, today);
        }
        catch (WorkException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            window = WorkWindow.Days(kind.Value, null, null, today);
            message = ex.Message;
        }

        return View(new WorkPageModel
        {
            Kind = kind.Value,
            Days = window,
            Today = today,
            Items = await _lists.ListAsync(kind.Value, today, window, ct),
            CanEdit = await _access.MayAsync(User, Permissions.EditHrRecords),
            CanExport = await _access.MayAsync(User, Permissions.ExportHrRecords),
            Message = message,
            ConfirmedRecordId = record,
        });
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(string? list, int? days, int? months, CancellationToken ct)
    {
        if (WorkWindow.Parse(list) is not { } kind)
        {
            return NotFound();
        }

        if (!await WorkWindow.MayReadAsync(_access, User, kind) || !await _access.MayAsync(User, Permissions.ExportHrRecords))
        {
            return Forbid();
        }

        var today = HrToday.From(_clock);
        int window;
        try
        {
            window = WorkWindow.Days(kind, days, months, today);
        }
        catch (WorkException ex)
        {
            return RedirectToAction(nameof(Index), new { list = WorkWindow.Name(kind), message = ex.Message });
        }

        var items = await _lists.ListAsync(kind, today, window, ct);
        await _access.AuditExportAsync($"work-list:{WorkWindow.Name(kind)}", items.Count, null, ct);
        return File(WorkListExport.Build(kind, items, today), WorkListExport.ContentType, WorkListExport.FileName(kind, today));
    }

    [HttpPost("drafts")]
    public async Task<IActionResult> CreateDraft(int recordId, string? list, CancellationToken ct)
    {
        if (WorkWindow.Parse(list) is not { } kind)
        {
            return NotFound();
        }

        if (!await MayEditAsync(kind))
        {
            return Forbid();
        }

        try
        {
            var user = WorkWindow.UserId(User);
            var draft = await _transaction.RunAsync(s => s.GetRequiredService<DraftService>().CreateAsync(recordId, kind, user, ct), ct);
            return RedirectToAction(nameof(Draft), new { id = draft.Id });
        }
        catch (WorkException ex)
        {
            return RedirectToAction(nameof(Index), new { list = WorkWindow.Name(kind), message = ex.Message });
        }
    }

    [HttpGet("drafts/{id:int}")]
    public async Task<IActionResult> Draft(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, ct);
        if (page is null)
        {
            return NotFound();
        }

        return await MayEditAsync(DraftService.ListOf(page.Draft.Kind)) ? View(page) : Forbid();
    }

    [HttpPost("drafts/{id:int}/confirm")]
    public async Task<IActionResult> Confirm(int id, string? number, string? signedOn, string? signer, CancellationToken ct)
    {
        var page = await PageAsync(id, ct);
        if (page is null)
        {
            return NotFound();
        }

        if (!await MayEditAsync(DraftService.ListOf(page.Draft.Kind)))
        {
            return Forbid();
        }

        page.Number = number;
        page.SignedOn = signedOn;
        page.Signer = signer;
        var date = CorrectionFields.ParseDate(signedOn);
        try
        {
            if (date is null && !string.IsNullOrWhiteSpace(signedOn))
            {
                throw new WorkException(400, $"Ngày ký “{signedOn}” không hợp lệ; ghi theo dạng dd/MM/yyyy.");
            }

            var user = WorkWindow.UserId(User);
            var input = new DecisionInput { Number = number, SignedOn = date, Signer = signer };
            await _transaction.RunAsync(s => s.GetRequiredService<DraftService>().ConfirmAsync(id, input, user, ct), ct);
        }
        catch (WorkException ex)
        {
            Response.StatusCode = ex.Status;
            page.Error = ex.Message;
            return View(nameof(Draft), page);
        }

        return RedirectToAction(nameof(Index), new
        {
            list = WorkWindow.Name(DraftService.ListOf(page.Draft.Kind)),
            message = $"Đã ghi quyết định số {number?.Trim()} cho {page.FullName}.",
            record = page.Draft.RecordId,
        });
    }

    [HttpPost("drafts/{id:int}/discard")]
    public async Task<IActionResult> Discard(int id, CancellationToken ct)
    {
        var page = await PageAsync(id, ct);
        if (page is null)
        {
            return NotFound();
        }

        var kind = DraftService.ListOf(page.Draft.Kind);
        if (!await MayEditAsync(kind))
        {
            return Forbid();
        }

        string message;
        try
        {
            await _transaction.RunAsync(async s =>
            {
                await s.GetRequiredService<DraftService>().DiscardAsync(id, ct);
                return true;
            }, ct);
            message = "Đã huỷ dự thảo.";
        }
        catch (WorkException ex)
        {
            message = ex.Message;
        }

        return RedirectToAction(nameof(Index), new { list = WorkWindow.Name(kind), message });
    }

    private async Task<bool> MayEditAsync(WorkListKind kind) =>
        await WorkWindow.MayReadAsync(_access, User, kind) && await _access.MayAsync(User, Permissions.EditHrRecords);

    private async Task<DraftPageModel?> PageAsync(int id, CancellationToken ct)
    {
        if (await _drafts.FindAsync(id, ct) is not { } draft)
        {
            return null;
        }

        var record = await _db.Records.AsNoTracking().Where(r => r.Id == draft.RecordId).Select(r => new { r.FullName, r.PersonalId }).FirstAsync(ct);
        return new DraftPageModel
        {
            Draft = draft,
            FullName = record.FullName,
            MaskedPersonalId = PersonalIdMask.Mask(record.PersonalId),
            Number = draft.Decision.Number,
            SignedOn = draft.Decision.SignedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Signer = draft.Decision.Signer,
        };
    }
}
