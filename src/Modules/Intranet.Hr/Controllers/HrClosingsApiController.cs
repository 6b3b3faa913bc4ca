using Intranet.Core.Audit;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Core.Validation;
using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.ViewModels.Transfers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Controllers;

/// <summary>
/// A department schedules a retirement or a leaving (EditHrRecords): <c>POST /api/hr/closings</c> sets the date and
/// the status the record takes that day; <c>DELETE /api/hr/closings/{recordId}</c> cancels it before the day. The
/// closing job does the rest on the date (record closed, account disabled).
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[ForFeature(HrFeatures.Department)]
[Route("api/hr/closings")]
public sealed class HrClosingsApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly HrDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly ITenantAccessor _tenants;
    private readonly StaffRecordEvents _events;

    public HrClosingsApiController(IAuthorizationService authorization, HrDbContext db, IAuditTrail audit, TimeProvider clock, ITenantAccessor tenants, StaffRecordEvents events)
    {
        _authorization = authorization;
        _db = db;
        _audit = audit;
        _clock = clock;
        _tenants = tenants;
        _events = events;
    }

    [HttpPost("")]
    public async Task<IActionResult> Schedule(ClosingBody body, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.EditHrRecords))
        {
            return Problem(403, "Không có quyền sửa hồ sơ cán bộ.");
        }

        var status = body.Status?.Trim().ToLowerInvariant() switch
        {
            "retired" => StaffStatus.Retired,
            "left" => StaffStatus.Left,
            _ => (StaffStatus?)null,
        };
        if (status is null)
        {
            return Problem(400, "Trạng thái phải là 'retired' (nghỉ hưu) hoặc 'left' (thôi việc).");
        }

        var today = RecordClosingScheduler.Today(_clock);
        if (body.ClosedOn is not { } closedOn || closedOn < today.AddYears(-1) || closedOn > today.AddYears(5))
        {
            return Problem(400, "Ngày đóng hồ sơ phải có và trong khoảng một năm trước đến năm năm sau hôm nay.");
        }

        var reason = body.Reason?.Trim();
        if (reason is { Length: > 300 } || (reason is not null && NameRule.Check(reason, "Lý do") is not null))
        {
            return Problem(400, "Lý do dài quá 300 ký tự hoặc có ký tự không hợp lệ.");
        }

        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == body.RecordId, ct) is not { } record)
        {
            return Problem(404, "Không có hồ sơ này trong đơn vị.");
        }

        if (!record.IsOnStaff)
        {
            return Problem(409, "Hồ sơ đã đóng.");
        }

        record.ClosedOn = closedOn;
        record.ClosingStatus = status;
        record.ClosedReason = reason ?? (status == StaffStatus.Retired ? "Nghỉ hưu" : "Thôi việc");
        record.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEvent("hr", "record.closing-scheduled", HrAccess.Subject(record), $"{status} từ {closedOn:dd/MM/yyyy}"), ct);
        await RaiseUpdatedAsync(record, today, ct);
        return Ok(new { record.Id, closedOn, status = body.Status!.Trim().ToLowerInvariant(), reason = record.ClosedReason });
    }

    [HttpDelete("{recordId:int}")]
    public async Task<IActionResult> Cancel(int recordId, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.EditHrRecords))
        {
            return Problem(403, "Không có quyền sửa hồ sơ cán bộ.");
        }

        if (await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { ClosingStatus: not null } record || !record.IsOnStaff)
        {
            return Problem(404, "Hồ sơ này không có lịch đóng nào để huỷ.");
        }

        record.ClosingStatus = null;
        record.ClosedOn = null;
        record.ClosedReason = null;
        record.UpdatedUtc = _clock.GetUtcNow().UtcDateTime;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEvent("hr", "record.closing-cancelled", HrAccess.Subject(record)), ct);
        await RaiseUpdatedAsync(record, RecordClosingScheduler.Today(_clock), ct);
        return NoContent();
    }

    /// <summary>The closing date changes who is on staff on later dates (the roll-up's counts), so others are told.</summary>
    private async Task RaiseUpdatedAsync(StaffRecord record, DateOnly today, CancellationToken ct)
    {
        await _events.RaiseAsync(_db, _tenants.Required.Name, record.Id, today, StaffChange.Updated, ct);
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
