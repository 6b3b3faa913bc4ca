using Intranet.Core.Staff;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Applies enrolment rules to HR records: when a rule is made (every record of the department) and whenever a
/// person's record changes (that person). Rules only add people; a person who no longer matches keeps what they
/// started (a trainer withdraws by hand).
/// </summary>
public sealed class EnrolmentRules
{
    private readonly LearningDbContext _db;
    private readonly EnrolmentService _enrolments;
    private readonly TrainingEvidenceReader _evidence;
    private readonly IServiceProvider _services;

    public EnrolmentRules(LearningDbContext db, EnrolmentService enrolments, TrainingEvidenceReader evidence, IServiceProvider services)
    {
        _db = db;
        _enrolments = enrolments;
        _evidence = evidence;
        _services = services;
    }

    /// <summary>Evaluates one rule over the whole department; returns how many were newly enrolled.</summary>
    public async Task<int> ApplyAsync(EnrolmentRule rule, CancellationToken ct)
    {
        if (_services.GetService<IStaffRecords>() is not { } staff)
        {
            return 0;
        }

        var records = await staff.ListAsync(rule.TenantName, cancellationToken: ct);
        return await ApplyAsync(rule.TenantName, records, [rule], ct);
    }

    /// <summary>Every rule of the person's department against their current record.</summary>
    public async Task<int> ApplyAsync(StaffInfo record, CancellationToken ct)
    {
        var rules = await _db.Set<EnrolmentRule>().AsNoTracking().Where(r => r.TenantName == record.TenantName).ToListAsync(ct);
        return rules.Count == 0 ? 0 : await ApplyAsync(record.TenantName, [record], rules, ct);
    }

    public static bool Matches(EnrolmentRule rule, StaffInfo record) =>
        record.IsOnStaff
        && record.AccountId is not null
        && (rule.RankCode is null || string.Equals(rule.RankCode, record.RankCode, StringComparison.OrdinalIgnoreCase))
        && (rule.UnitId is null || string.Equals(rule.UnitId, record.UnitId, StringComparison.OrdinalIgnoreCase));

    private async Task<int> ApplyAsync(string tenantName, IReadOnlyList<StaffInfo> records, IReadOnlyList<EnrolmentRule> rules, CancellationToken ct)
    {
        var courseIds = rules.Select(r => r.CourseId).Distinct().ToList();
        var courses = await _db.Courses.AsNoTracking().Where(c => courseIds.Contains(c.Id) && c.Status == CourseStatus.Published).ToDictionaryAsync(c => c.Id, ct);
        if (courses.Count == 0)
        {
            return 0;
        }

        var today = _enrolments.Today;
        Dictionary<string, HashSet<string>>? trained = null;
        var created = 0;
        foreach (var rule in rules)
        {
            if (!courses.TryGetValue(rule.CourseId, out var course))
            {
                continue;
            }

            var modules = CourseText.SplitModules(course.ItModules);
            foreach (var record in records.Where(r => Matches(rule, r)))
            {
                if (rule.SkipTrained)
                {
                    trained ??= await _evidence.ModulesByPersonAsync(null, today, ct);
                    if (TrainingEvidenceReader.Covers(trained, record.AccountId, modules))
                    {
                        continue;
                    }
                }

                // A person a trainer withdrew stays withdrawn: the rule does not fight the trainer.
                if (await _db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.AccountId == record.AccountId, ct))
                {
                    continue;
                }

                var learner = new Learner(record.AccountId!, record.FullName, tenantName);
                var due = rule.DueDays is { } days ? today.AddDays(days) : (DateOnly?)null;
                if ((await _enrolments.EnrolAsync(course.Id, learner, EnrolmentSource.Rule, "rule:" + rule.Id, due, rule.Id, ct)).Created)
                {
                    created++;
                }
            }
        }

        return created;
    }
}
