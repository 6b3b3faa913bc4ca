using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Corrections;
using Intranet.Hr.Services.Work;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// Pending correction requests of the department (<c>/admin/hr/corrections</c>) for whoever holds
/// ApproveHrCorrections here: approve (the value is written) or reject with a required reason.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/hr/corrections")]
public sealed class CorrectionsAdminController : Controller
{
    private readonly HrAccess _access;
    private readonly CorrectionService _corrections;
    private readonly HrWorkTransaction _transaction;

    public CorrectionsAdminController(HrAccess access, CorrectionService corrections, HrWorkTransaction transaction)
    {
        _access = access;
        _corrections = corrections;
        _transaction = transaction;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, string? error, CancellationToken ct)
    {
        if (!await MayApproveAsync())
        {
            return Forbid();
        }

        ViewData["Message"] = message;
        ViewData["Error"] = error;
        return View(await _corrections.ListPendingAsync(ct));
    }

    [HttpPost("{id:int}/approve")]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        DecideAsync(s => s.GetRequiredService<CorrectionService>().ApproveAsync(id, WorkWindow.UserId(User), ct), "Đã duyệt đề nghị và ghi vào hồ sơ.");

    [HttpPost("{id:int}/reject")]
    public Task<IActionResult> Reject(int id, string? reason, CancellationToken ct) =>
        DecideAsync(s => s.GetRequiredService<CorrectionService>().RejectAsync(id, reason, WorkWindow.UserId(User), ct), "Đã từ chối đề nghị; người đề nghị sẽ thấy lý do.");

    private async Task<IActionResult> DecideAsync(Func<IServiceProvider, Task<CorrectionRequest>> decide, string done)
    {
        if (!await MayApproveAsync())
        {
            return Forbid();
        }

        try
        {
            await _transaction.RunAsync(decide, HttpContext.RequestAborted);
        }
        catch (WorkException ex)
        {
            // Back to the list with the message; the status tells scripts and tests the request was refused.
            Response.StatusCode = ex.Status;
            ViewData["Error"] = ex.Message;
            return View(nameof(Index), await _corrections.ListPendingAsync(HttpContext.RequestAborted));
        }

        return RedirectToAction(nameof(Index), new { message = done });
    }

    private async Task<bool> MayApproveAsync() =>
        await _access.MayAsync(User, Permissions.ApproveHrCorrections) && await _access.MayReadAsync(User, HrGroup.Basic);
}
