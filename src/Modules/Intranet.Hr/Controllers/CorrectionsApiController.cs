using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Corrections;
using Intranet.Hr.Services.Work;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// Corrections for scripts: the person's own side (<c>GET/POST /api/hr/me/corrections</c>) and the officer's
/// (<c>GET /api/hr/corrections</c>, <c>POST /api/hr/corrections/{id}/approve</c>, <c>/reject</c> with a reason).
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/hr")]
public sealed class CorrectionsApiController : ControllerBase
{
    private readonly HrAccess _access;
    private readonly CorrectionService _corrections;
    private readonly HrWorkTransaction _transaction;

    public CorrectionsApiController(HrAccess access, CorrectionService corrections, HrWorkTransaction transaction)
    {
        _access = access;
        _corrections = corrections;
        _transaction = transaction;
    }

    [HttpGet("me/corrections")]
    public Task<IActionResult> ListOwn(CancellationToken ct) =>
        RunAsync(async () =>
        {
            await RequireAsync(Permissions.ViewOwnHrRecord);
            var record = await _corrections.FindOwnAsync(WorkWindow.UserId(User), ct) ?? throw new WorkException(404, "Bạn chưa có hồ sơ cán bộ trong đơn vị này.");
            return Ok((await _corrections.ListOwnAsync(record.Id, ct)).Select(CorrectionModel.From));
        });

    [HttpPost("me/corrections")]
    public Task<IActionResult> Propose(CorrectionInput input, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await RequireAsync(Permissions.ViewOwnHrRecord);
            var user = WorkWindow.UserId(User);
            var request = await _transaction.RunAsync(s => s.GetRequiredService<CorrectionService>().ProposeAsync(user, input, ct), ct);
            return Created(HttpContext.TenantUrl("/api/hr/me/corrections"), CorrectionModel.From(request));
        });

    [HttpGet("corrections")]
    public Task<IActionResult> ListPending(CancellationToken ct) =>
        RunAsync(async () =>
        {
            await RequireApproverAsync();
            return Ok((await _corrections.ListPendingAsync(ct)).Select(p => CorrectionModel.From(p.Request) with { FullName = p.FullName, PersonalId = p.MaskedPersonalId }));
        });

    [HttpPost("corrections/{id:int}/approve")]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await RequireApproverAsync();
            var user = WorkWindow.UserId(User);
            return Ok(CorrectionModel.From(await _transaction.RunAsync(s => s.GetRequiredService<CorrectionService>().ApproveAsync(id, user, ct), ct)));
        });

    [HttpPost("corrections/{id:int}/reject")]
    public Task<IActionResult> Reject(int id, RejectRequest request, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await RequireApproverAsync();
            var user = WorkWindow.UserId(User);
            return Ok(CorrectionModel.From(await _transaction.RunAsync(s => s.GetRequiredService<CorrectionService>().RejectAsync(id, request.Reason, user, ct), ct)));
        });

    private async Task RequireAsync(Intranet.Core.Security.Permission permission)
    {
        if (!await _access.MayAsync(User, permission))
        {
            throw new WorkException(403, "Không có quyền thực hiện thao tác này trong đơn vị.");
        }
    }

    private async Task RequireApproverAsync()
    {
        await RequireAsync(Permissions.ApproveHrCorrections);
        if (!await _access.MayReadAsync(User, HrGroup.Basic))
        {
            throw new WorkException(403, "Không có quyền thực hiện thao tác này trong đơn vị.");
        }
    }

    private async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action();
        }
        catch (WorkException ex)
        {
            return new ObjectResult(ApiProblems.Create(ex.Status, ex.Message)) { StatusCode = ex.Status, ContentTypes = { "application/problem+json" } };
        }
    }
}
