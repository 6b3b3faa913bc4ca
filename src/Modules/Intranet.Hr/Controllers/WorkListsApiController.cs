using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Work;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The work lists and drafted decisions for scripts: <c>GET /api/hr/work-lists/{steps|retirements|probations|contracts}?days=</c>
/// (and <c>/export</c>, XLSX), <c>POST /api/hr/drafts</c>, <c>POST /api/hr/drafts/{id}/confirm</c> and <c>/discard</c>.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/hr")]
public sealed class WorkListsApiController : ControllerBase
{
    private readonly HrAccess _access;
    private readonly WorkLists _lists;
    private readonly DraftService _drafts;
    private readonly HrWorkTransaction _transaction;
    private readonly TimeProvider _clock;

    public WorkListsApiController(HrAccess access, WorkLists lists, DraftService drafts, HrWorkTransaction transaction, TimeProvider clock)
    {
        _access = access;
        _lists = lists;
        _drafts = drafts;
        _transaction = transaction;
        _clock = clock;
    }

    [HttpGet("work-lists/{list}")]
    public Task<IActionResult> List(string list, [FromQuery] int? days, [FromQuery] int? months, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var (kind, today, window) = await WindowAsync(list, days, months);
            var items = await _lists.ListAsync(kind, today, window, ct);
            return Ok(new { list = WorkWindow.Name(kind), today, until = today.AddDays(window), count = items.Count, items = items.Select(WorkItemModel.From) });
        });

    [HttpGet("work-lists/{list}/export")]
    public Task<IActionResult> Export(string list, [FromQuery] int? days, [FromQuery] int? months, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var (kind, today, window) = await WindowAsync(list, days, months);
            if (!await _access.MayAsync(User, Permissions.ExportHrRecords))
            {
                throw new WorkException(403, "Không có quyền xuất danh sách cán bộ.");
            }

            var items = await _lists.ListAsync(kind, today, window, ct);
            await _access.AuditExportAsync($"work-list:{WorkWindow.Name(kind)}", items.Count, null, ct);
            return File(WorkListExport.Build(kind, items, today), WorkListExport.ContentType, WorkListExport.FileName(kind, today));
        });

    [HttpGet("drafts/{id:int}")]
    public Task<IActionResult> GetDraft(int id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var draft = await _drafts.FindAsync(id, ct) ?? throw new WorkException(404, $"Không có dự thảo quyết định số {id}.");
            await RequireAsync(DraftService.ListOf(draft.Kind), edit: false);
            return Ok(DraftModel.From(draft));
        });

    /// <summary>Drafts the decision for a record's line of a list: <c>{ "recordId": 12, "list": "steps" }</c>.</summary>
    [HttpPost("drafts")]
    public Task<IActionResult> CreateDraft(DraftRequest request, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var kind = WorkWindow.Parse(request.List) ?? throw new WorkException(400, "Danh sách phải là steps, retirements, probations hoặc contracts.");
            await RequireAsync(kind, edit: true);
            var user = WorkWindow.UserId(User);
            var draft = await _transaction.RunAsync(s => s.GetRequiredService<DraftService>().CreateAsync(request.RecordId, kind, user, ct), ct);
            return Created(HttpContext.TenantUrl("/api/hr/drafts/" + draft.Id), DraftModel.From(draft));
        });

    [HttpPost("drafts/{id:int}/confirm")]
    public Task<IActionResult> Confirm(int id, DecisionInput decision, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var draft = await _drafts.FindAsync(id, ct) ?? throw new WorkException(404, $"Không có dự thảo quyết định số {id}.");
            await RequireAsync(DraftService.ListOf(draft.Kind), edit: true);
            var user = WorkWindow.UserId(User);
            var confirmed = await _transaction.RunAsync(s => s.GetRequiredService<DraftService>().ConfirmAsync(id, decision, user, ct), ct);
            return Ok(DraftModel.From(confirmed));
        });

    [HttpPost("drafts/{id:int}/discard")]
    public Task<IActionResult> Discard(int id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            var draft = await _drafts.FindAsync(id, ct) ?? throw new WorkException(404, $"Không có dự thảo quyết định số {id}.");
            await RequireAsync(DraftService.ListOf(draft.Kind), edit: true);
            await _transaction.RunAsync(async s =>
            {
                await s.GetRequiredService<DraftService>().DiscardAsync(id, ct);
                return true;
            }, ct);
            return NoContent();
        });

    private async Task<(WorkListKind Kind, DateOnly Today, int Days)> WindowAsync(string list, int? days, int? months)
    {
        var kind = WorkWindow.Parse(list) ?? throw new WorkException(404, $"Không có danh sách “{list}”: dùng steps, retirements, probations hoặc contracts.");
        await RequireAsync(kind, edit: false);
        var today = HrToday.From(_clock);
        return (kind, today, WorkWindow.Days(kind, days, months, today));
    }

    private async Task RequireAsync(WorkListKind kind, bool edit)
    {
        if (!await WorkWindow.MayReadAsync(_access, User, kind) || (edit && !await _access.MayAsync(User, Permissions.EditHrRecords)))
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
