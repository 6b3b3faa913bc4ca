using Intranet.Core.Audit;
using Intranet.Core.Staff;
using Intranet.Core.Validation;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Drafts a decision from a work-list line and writes it only when a person confirms it with the decision's number,
/// date and signer: a new effective-dated salary row (step, allowance), or the record's closing date (retirement,
/// contract end), or the end of probation — with its audit entry, in the caller's one transaction.
/// Nothing here runs by itself; pay changes only through <see cref="ConfirmAsync"/>.
/// </summary>
public sealed class DraftService
{
    private readonly HrDbContext _db;
    private readonly WorkLists _lists;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly StaffRecordEvents _events;

    public DraftService(HrDbContext db, WorkLists lists, IAuditTrail audit, TimeProvider clock, StaffRecordEvents events)
    {
        _db = db;
        _lists = lists;
        _audit = audit;
        _clock = clock;
        _events = events;
    }

    public static WorkListKind ListOf(DraftKind kind) => kind switch
    {
        DraftKind.RegularStep or DraftKind.ExceedingAllowance => WorkListKind.Steps,
        DraftKind.Retirement => WorkListKind.Retirements,
        DraftKind.ProbationEnd => WorkListKind.Probations,
        DraftKind.ContractEnd => WorkListKind.Contracts,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public Task<DraftDecision?> FindAsync(int id, CancellationToken ct) => _db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>
    /// Drafts the decision the record's line in <paramref name="list"/> calls for, computed afresh (the client's
    /// numbers are never trusted). An open draft for the same line is returned as it is.
    /// </summary>
    public async Task<DraftDecision> CreateAsync(int recordId, WorkListKind list, string userId, CancellationToken ct)
    {
        var today = HrToday.From(_clock);
        var item = (await _lists.ListAsync(list, today, WorkLists.MaxDays, ct)).FirstOrDefault(i => i.RecordId == recordId)
            ?? throw new WorkException(404, $"Hồ sơ số {recordId} không có việc nào trong danh sách này.");
        if (item.Scheduled)
        {
            throw new WorkException(409, "Hồ sơ này đã có quyết định được xác nhận, đang chờ đến ngày.");
        }

        if (item.DraftId is { } open && await _db.Drafts.FindAsync([open], ct) is { } existing)
        {
            return existing;
        }

        var draft = new DraftDecision
        {
            RecordId = recordId,
            Kind = item.Kind,
            EffectiveFrom = item.DueDate,
            Step = item.NextStep,
            Coefficient = item.NextCoefficient,
            ExceedingPercent = item.NextExceedingPercent,
            CreatedBy = userId,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        _db.Drafts.Add(draft);
        await _db.SaveChangesAsync(ct);
        var record = await _db.Records.AsNoTracking().FirstAsync(r => r.Id == recordId, ct);
        await _audit.RecordAsync(new AuditEvent("hr", "draft.created", HrAccess.Subject(record), $"draft={draft.Id}; kind={draft.Kind}; effective={draft.EffectiveFrom:yyyy-MM-dd}"), ct);
        return draft;
    }

    /// <summary>
    /// Confirms a draft: checks the decision, marks the draft confirmed (only one caller can), writes the row and
    /// the audit entry. Refuses (409) when the record moved on since the draft was made.
    /// </summary>
    public async Task<DraftDecision> ConfirmAsync(int id, DecisionInput input, string userId, CancellationToken ct)
    {
        var today = HrToday.From(_clock);
        var decision = Check(input, today);
        var draft = await _db.Drafts.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new WorkException(404, $"Không có dự thảo quyết định số {id}.");
        if (draft.Status != DraftStatus.Draft)
        {
            throw new WorkException(409, "Dự thảo này đã được xác nhận hoặc đã huỷ.");
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        // The status flips first and conditionally: of two people confirming at once, the second changes nothing and is told so.
        var claimed = await _db.Drafts.Where(d => d.Id == id && d.Status == DraftStatus.Draft)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DraftStatus.Confirmed), ct);
        if (claimed == 0)
        {
            throw new WorkException(409, "Dự thảo này đã được xác nhận hoặc đã huỷ.");
        }

        var record = await _db.Records.FirstAsync(r => r.Id == draft.RecordId, ct);
        var details = draft.Kind switch
        {
            DraftKind.RegularStep or DraftKind.ExceedingAllowance => await WriteSalaryAsync(draft, decision, userId, now, ct),
            DraftKind.Retirement => Close(record, draft, decision, StaffStatus.Retired, "Nghỉ hưu", today),
            DraftKind.ContractEnd => Close(record, draft, decision, StaffStatus.Left, "Chấm dứt hợp đồng", today),
            DraftKind.ProbationEnd => EndProbation(record),
            _ => throw new WorkException(400, "Loại dự thảo không được hỗ trợ."),
        };
        record.UpdatedUtc = now;
        draft.Status = DraftStatus.Confirmed;
        draft.Decision = decision;
        draft.ConfirmedBy = userId;
        draft.ConfirmedUtc = now;
        await _db.SaveChangesAsync(ct);
        await _events.RaiseAsync(record.Id, draft.Kind is DraftKind.RegularStep or DraftKind.ExceedingAllowance ? StaffChange.CareerChanged : StaffChange.Updated, ct);
        await _audit.RecordAsync(new AuditEvent("hr", "draft.confirmed", HrAccess.Subject(record),
            $"draft={draft.Id}; kind={draft.Kind}; effective={draft.EffectiveFrom:yyyy-MM-dd}; decision={decision.Number}; {details}"), ct);
        return draft;
    }

    public async Task DiscardAsync(int id, CancellationToken ct)
    {
        var draft = await _db.Drafts.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new WorkException(404, $"Không có dự thảo quyết định số {id}.");
        if (draft.Status != DraftStatus.Draft)
        {
            throw new WorkException(409, "Dự thảo này đã được xác nhận hoặc đã huỷ.");
        }

        draft.Status = DraftStatus.Discarded;
        await _db.SaveChangesAsync(ct);
        var record = await _db.Records.AsNoTracking().FirstAsync(r => r.Id == draft.RecordId, ct);
        await _audit.RecordAsync(new AuditEvent("hr", "draft.discarded", HrAccess.Subject(record), $"draft={draft.Id}; kind={draft.Kind}"), ct);
    }

    /// <summary>The decision's number, date (not in the future) and signer are all required.</summary>
    public static Decision Check(DecisionInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<string>();
        var number = input.Number?.Trim();
        var signer = input.Signer?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            errors.Add("Nhập số quyết định.");
        }
        else if (number.Length > 60)
        {
            errors.Add("Số quyết định dài quá 60 ký tự.");
        }
        else if (NameRule.Check(number, "Số quyết định") is { } bad)
        {
            errors.Add(bad);
        }

        if (input.SignedOn is not { } signedOn)
        {
            errors.Add("Nhập ngày ký quyết định (dd/MM/yyyy).");
        }
        else if (signedOn > today)
        {
            errors.Add("Ngày ký quyết định không được sau ngày hôm nay.");
        }

        if (string.IsNullOrEmpty(signer))
        {
            errors.Add("Nhập người ký quyết định.");
        }
        else if (signer.Length > 150)
        {
            errors.Add("Người ký dài quá 150 ký tự.");
        }
        else if (NameRule.Check(signer, "Người ký") is { } bad)
        {
            errors.Add(bad);
        }

        if (errors.Count > 0)
        {
            throw new WorkException(400, string.Join(" ", errors));
        }

        return new Decision { Number = number, SignedOn = input.SignedOn, Signer = signer };
    }

    private async Task<string> WriteSalaryAsync(DraftDecision draft, Decision decision, string userId, DateTime now, CancellationToken ct)
    {
        var rows = await _db.Salary.Where(s => s.RecordId == draft.RecordId).OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Id).ToListAsync(ct);
        if (rows.FirstOrDefault(s => s.EffectiveFrom >= draft.EffectiveFrom) is { } later)
        {
            throw new WorkException(409, $"Hồ sơ đã có quyết định lương từ ngày {later.EffectiveFrom:dd/MM/yyyy}: huỷ dự thảo này và lập lại từ danh sách.");
        }

        var current = rows.FirstOrDefault() ?? throw new WorkException(409, "Hồ sơ chưa có quá trình lương.");
        _db.Salary.Add(new SalaryEntry
        {
            RecordId = draft.RecordId,
            EffectiveFrom = draft.EffectiveFrom,
            RankCode = current.RankCode,
            ScaleCode = current.ScaleCode,
            Step = draft.Step ?? current.Step,
            Coefficient = draft.Coefficient ?? current.Coefficient,
            ExceedingPercent = draft.ExceedingPercent ?? 0,
            StepSince = draft.EffectiveFrom,
            Kind = draft.Kind == DraftKind.ExceedingAllowance ? SalaryChangeKind.ExceedingAllowance : SalaryChangeKind.RegularStep,
            Decision = new Decision { Number = decision.Number, SignedOn = decision.SignedOn, Signer = decision.Signer },
            RecordedBy = userId,
            RecordedUtc = now,
        });
        return $"step={draft.Step}; coefficient={draft.Coefficient}; exceeding={draft.ExceedingPercent}";
    }

    /// <summary>
    /// Writes the closing date and reason. The status changes now only when the date has come; otherwise the record
    /// stays on staff and the daily closing job (transfers) closes it and disables the account on the day.
    /// </summary>
    private static string Close(StaffRecord record, DraftDecision draft, Decision decision, StaffStatus status, string reason, DateOnly today)
    {
        record.ClosedOn = draft.EffectiveFrom;
        record.ClosedReason = $"{reason} theo quyết định số {decision.Number} ngày {decision.SignedOn:dd/MM/yyyy}";
        if (draft.EffectiveFrom <= today)
        {
            record.Status = status;
        }

        return $"closedOn={draft.EffectiveFrom:yyyy-MM-dd}; status={record.Status}";
    }

    private static string EndProbation(StaffRecord record)
    {
        if (record.Status == StaffStatus.Probation)
        {
            record.Status = StaffStatus.Active;
        }

        return $"status={record.Status}";
    }
}
