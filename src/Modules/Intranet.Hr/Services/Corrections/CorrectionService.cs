using System.Net.Mail;
using Intranet.Core.Audit;
using Intranet.Core.Staff;
using Intranet.Core.Validation;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Corrections;

/// <summary>
/// Self-service corrections (the decree makes each person responsible for their data): a person proposes a value for
/// a field of their own record; an HR officer of the department approves it, which writes the value, or rejects it
/// with a reason the person then reads. Each decision is audited in the same transaction as its write.
/// </summary>
public sealed class CorrectionService
{
    private readonly HrDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly StaffRecordEvents _events;

    public CorrectionService(HrDbContext db, IAuditTrail audit, TimeProvider clock, StaffRecordEvents events)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _events = events;
    }

    /// <summary>The signed-in person's own record in this department (linked by account), with every group loaded.</summary>
    public Task<StaffRecord?> FindOwnAsync(string accountId, CancellationToken ct) =>
        _db.Records.AsNoTracking().AsSplitQuery()
            .Include(r => r.Salary).Include(r => r.Allowances).Include(r => r.Postings).Include(r => r.Ratings).Include(r => r.Awards)
            .Include(r => r.Disciplines).Include(r => r.Qualifications).Include(r => r.History).Include(r => r.Family)
            .Include(r => r.Political).Include(r => r.Assets).Include(r => r.Health)
            .FirstOrDefaultAsync(r => r.AccountId == accountId, ct);

    public Task<List<CorrectionRequest>> ListOwnAsync(int recordId, CancellationToken ct) =>
        _db.Corrections.AsNoTracking().Where(c => c.RecordId == recordId).OrderByDescending(c => c.Id).ToListAsync(ct);

    /// <summary>Pending requests, oldest first, with the name of whose record each is.</summary>
    public async Task<IReadOnlyList<(CorrectionRequest Request, string FullName, string MaskedPersonalId)>> ListPendingAsync(CancellationToken ct)
    {
        var rows = await (from c in _db.Corrections.AsNoTracking()
                          join r in _db.Records.AsNoTracking() on c.RecordId equals r.Id
                          where c.Status == CorrectionStatus.Pending
                          orderby c.Id
                          select new { c, r.FullName, r.PersonalId }).ToListAsync(ct);
        return rows.Select(x => (x.c, x.FullName, PersonalIdMask.Mask(x.PersonalId))).ToList();
    }

    public Task<CorrectionRequest?> FindAsync(int id, CancellationToken ct) => _db.Corrections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<CorrectionRequest> ProposeAsync(string accountId, CorrectionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await _db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.AccountId == accountId, ct)
            ?? throw new WorkException(404, "Bạn chưa có hồ sơ cán bộ trong đơn vị này.");
        var field = CorrectionFields.Find(input.Field) ?? throw new WorkException(400, "Chọn trường cần điều chỉnh trong danh sách.");
        var value = CheckValue(field, input.ProposedValue);
        var explanation = input.Explanation?.Trim();
        if (field.Write is null && string.IsNullOrEmpty(explanation))
        {
            throw new WorkException(400, "Ghi rõ nội dung cần điều chỉnh trong phần giải trình.");
        }

        if (explanation is { Length: > 2000 })
        {
            throw new WorkException(400, "Phần giải trình dài quá 2000 ký tự.");
        }

        if (NameRule.Check(explanation, "Phần giải trình", multiline: true) is { } bad)
        {
            throw new WorkException(400, bad);
        }

        if (await _db.Corrections.CountAsync(c => c.RecordId == record.Id && c.Status == CorrectionStatus.Pending, ct) >= 20)
        {
            throw new WorkException(409, "Bạn đã có 20 đề nghị đang chờ duyệt; hãy chờ cán bộ tổ chức xử lý.");
        }

        var request = new CorrectionRequest
        {
            RecordId = record.Id,
            Group = field.Group,
            Field = field.Name,
            CurrentValue = field.Read(record),
            ProposedValue = value,
            Explanation = string.IsNullOrEmpty(explanation) ? null : explanation,
            RequestedBy = accountId,
            RequestedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.Corrections.Add(request);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEvent("hr", "correction.proposed", HrAccess.Subject(record), $"request={request.Id}; field={field.Name}"), ct);
        return request;
    }

    /// <summary>Writes the proposed value (when the field has a writer) and marks the request approved.</summary>
    public async Task<CorrectionRequest> ApproveAsync(int id, string userId, CancellationToken ct)
    {
        var (request, record) = await PendingAsync(id, ct);
        var field = CorrectionFields.Find(request.Field) ?? throw new WorkException(409, "Trường này không còn được điều chỉnh qua đề nghị.");
        var value = CheckValue(field, request.ProposedValue);
        field.Write?.Invoke(record, value);
        var now = _clock.GetUtcNow().UtcDateTime;
        record.UpdatedUtc = now;
        Decide(request, CorrectionStatus.Approved, userId, null, now);
        await _db.SaveChangesAsync(ct);
        await _events.RaiseAsync(record.Id, StaffChange.Updated, ct);
        await _audit.RecordAsync(new AuditEvent("hr", "correction.approved", HrAccess.Subject(record),
            $"request={request.Id}; field={field.Name}; written={(field.Write is null ? "no (applied by hand)" : "yes")}"), ct);
        return request;
    }

    /// <summary>Rejects with a reason, which is required: the person must learn why.</summary>
    public async Task<CorrectionRequest> RejectAsync(int id, string? reason, string userId, CancellationToken ct)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            throw new WorkException(400, "Nhập lý do từ chối: người đề nghị cần biết vì sao.");
        }

        if (reason.Length > 1000)
        {
            throw new WorkException(400, "Lý do từ chối dài quá 1000 ký tự.");
        }

        if (NameRule.Check(reason, "Lý do từ chối", multiline: true) is { } bad)
        {
            throw new WorkException(400, bad);
        }

        var (request, record) = await PendingAsync(id, ct);
        Decide(request, CorrectionStatus.Rejected, userId, reason, _clock.GetUtcNow().UtcDateTime);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEvent("hr", "correction.rejected", HrAccess.Subject(record), $"request={request.Id}; field={request.Field}"), ct);
        return request;
    }

    private static void Decide(CorrectionRequest request, CorrectionStatus status, string userId, string? reason, DateTime now)
    {
        request.Status = status;
        request.DecidedBy = userId;
        request.DecidedUtc = now;
        request.DecisionReason = reason;
    }

    private async Task<(CorrectionRequest Request, StaffRecord Record)> PendingAsync(int id, CancellationToken ct)
    {
        var request = await _db.Corrections.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new WorkException(404, $"Không có đề nghị điều chỉnh số {id}.");
        if (request.Status != CorrectionStatus.Pending)
        {
            throw new WorkException(409, "Đề nghị này đã được xử lý.");
        }

        // Claim it conditionally first, so two officers deciding at once cannot both write.
        var claimed = await _db.Corrections.Where(c => c.Id == id && c.Status == CorrectionStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.DecidedUtc, _clock.GetUtcNow().UtcDateTime), ct);
        if (claimed == 0)
        {
            throw new WorkException(409, "Đề nghị này đã được xử lý.");
        }

        var record = await _db.Records.FirstAsync(r => r.Id == request.RecordId, ct);
        return (request, record);
    }

    private static string CheckValue(CorrectionField field, string? proposed)
    {
        var value = proposed?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new WorkException(400, $"Nhập giá trị đề nghị cho “{field.Label}”.");
        }

        if (value.Length > field.MaxLength)
        {
            throw new WorkException(400, $"“{field.Label}” dài quá {field.MaxLength} ký tự.");
        }

        if (NameRule.Check(value, field.Label, multiline: field.Write is null) is { } bad)
        {
            throw new WorkException(400, bad);
        }

        if (field.Name == "BirthDate" && CorrectionFields.ParseDate(value) is null)
        {
            throw new WorkException(400, $"Ngày sinh “{value}” không hợp lệ; ghi theo dạng dd/MM/yyyy.");
        }

        if (field.Name == "Email" && !MailAddress.TryCreate(value, out _))
        {
            throw new WorkException(400, $"Thư điện tử “{value}” không hợp lệ.");
        }

        return value;
    }
}
