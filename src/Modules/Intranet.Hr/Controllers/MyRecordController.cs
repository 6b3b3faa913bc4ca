using Intranet.Core.Web;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Corrections;
using Intranet.Hr.Services.Work;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// A civil servant's own record (<c>/hr/me</c>), read-only, with every group — it is their own data, so the group
/// permissions do not apply and the read is not audited (the audit trail records reads of others' sensitive data).
/// From here they propose corrections and read the outcome of earlier ones.
/// </summary>
[Authorize]
[NoStore]
[Route("hr/me")]
public sealed class MyRecordController : Controller
{
    private readonly HrAccess _access;
    private readonly CorrectionService _corrections;
    private readonly HrWorkTransaction _transaction;

    public MyRecordController(HrAccess access, CorrectionService corrections, HrWorkTransaction transaction)
    {
        _access = access;
        _corrections = corrections;
        _transaction = transaction;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken ct)
    {
        if (!await _access.MayAsync(User, Permissions.ViewOwnHrRecord))
        {
            return Forbid();
        }

        var model = await ModelAsync(ct);
        if (model is null)
        {
            return View("NoRecord");
        }

        model.Message = message;
        return View(model);
    }

    [HttpPost("corrections")]
    public async Task<IActionResult> Propose(string? field, string? proposedValue, string? explanation, CancellationToken ct)
    {
        if (!await _access.MayAsync(User, Permissions.ViewOwnHrRecord))
        {
            return Forbid();
        }

        try
        {
            var user = WorkWindow.UserId(User);
            var input = new CorrectionInput { Field = field, ProposedValue = proposedValue, Explanation = explanation };
            await _transaction.RunAsync(s => s.GetRequiredService<CorrectionService>().ProposeAsync(user, input, ct), ct);
        }
        catch (WorkException ex)
        {
            var model = await ModelAsync(ct);
            if (model is null)
            {
                return View("NoRecord");
            }

            Response.StatusCode = ex.Status;
            model.Field = field;
            model.ProposedValue = proposedValue;
            model.Explanation = explanation;
            model.Error = ex.Message;
            return View(nameof(Index), model);
        }

        return RedirectToAction(nameof(Index), new { message = "Đã gửi đề nghị điều chỉnh; cán bộ tổ chức sẽ xem xét." });
    }

    private async Task<MyRecordModel?> ModelAsync(CancellationToken ct)
    {
        // Own data: no group check and no audit entry, by design (see the class comment and docs/hr.md).
        if (await _corrections.FindOwnAsync(WorkWindow.UserId(User), ct) is not { } record)
        {
            return null;
        }

        return new MyRecordModel { Record = record, Corrections = await _corrections.ListOwnAsync(record.Id, ct) };
    }
}
