using Intranet.Core.Accounts;
using Intranet.Core.OrgUnits;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Every way a person gets into a course (self, trainer, bulk, rule) ends here: one enrolment per person and
/// course, a withdrawn one is reactivated, the enrolment carries the learner's home department.
/// </summary>
public sealed class EnrolmentService
{
    private readonly LearningDbContext _db;
    private readonly IAccountDirectory _accounts;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _clock;

    public EnrolmentService(LearningDbContext db, IAccountDirectory accounts, IServiceProvider services, TimeProvider clock)
    {
        _db = db;
        _accounts = accounts;
        _services = services;
        _clock = clock;
    }

    public DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(7));

    /// <summary>The learner for an account id, with its home department; null when the account does not exist.</summary>
    public async Task<Learner?> LearnerAsync(string accountId, CancellationToken ct)
    {
        var account = await _accounts.FindByIdAsync(accountId, ct);
        return account is null ? null : new Learner(account.Id, account.FullName, HomeOf(account));
    }

    public async Task<Learner?> LearnerByEmailAsync(string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 256)
        {
            return null;
        }

        var account = await _accounts.FindByEmailAsync(email.Trim(), ct);
        return account is null ? null : new Learner(account.Id, account.FullName, HomeOf(account));
    }

    public async Task<string?> EmailOfAsync(string accountId, CancellationToken ct) => (await _accounts.FindByIdAsync(accountId, ct))?.Email;

    /// <summary>Self-enrolment: the course must be open, have room, and the learner must have finished its prerequisites.</summary>
    public async Task<Enrolment> SelfEnrolAsync(Course course, Learner learner, CancellationToken ct)
    {
        if (course.Status != CourseStatus.Published)
        {
            throw new LearningException(409, "Khóa học chưa mở ghi danh.");
        }

        var today = Today;
        if (course.OpensOn is { } opens && today < opens)
        {
            throw new LearningException(409, $"Khóa học mở ghi danh từ {opens:dd/MM/yyyy}.");
        }

        if (course.ClosesOn is { } closes && today > closes)
        {
            throw new LearningException(409, $"Khóa học đã đóng ghi danh ngày {closes:dd/MM/yyyy}.");
        }

        var required = await _db.Set<CoursePrerequisite>().Where(p => p.CourseId == course.Id).Select(p => p.RequiredCourseId).ToListAsync(ct);
        if (required.Count > 0)
        {
            var done = await _db.Enrolments.CountAsync(e => e.AccountId == learner.AccountId && required.Contains(e.CourseId) && e.CompletedUtc != null, ct);
            if (done < required.Count)
            {
                throw new LearningException(409, "Cần hoàn thành các khóa học tiên quyết trước khi ghi danh.");
            }
        }

        if (course.Capacity is { } capacity
            && !await _db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.AccountId == learner.AccountId && e.Status != EnrolmentStatus.Withdrawn, ct)
            && await _db.Enrolments.CountAsync(e => e.CourseId == course.Id && e.Status != EnrolmentStatus.Withdrawn, ct) >= capacity)
        {
            throw new LearningException(409, "Khóa học đã đủ số học viên.");
        }

        return (await EnrolAsync(course.Id, learner, EnrolmentSource.Self, learner.AccountId, null, null, ct)).Enrolment;
    }

    /// <summary>Enrols (or reactivates) one person; an existing active enrolment only gets an earlier due date.</summary>
    public async Task<(Enrolment Enrolment, bool Created)> EnrolAsync(
        int courseId, Learner learner, EnrolmentSource source, string actor, DateOnly? dueOn, int? ruleId, CancellationToken ct)
    {
        var existing = await _db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == courseId && e.AccountId == learner.AccountId, ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        if (existing is not null)
        {
            if (existing.Status != EnrolmentStatus.Withdrawn)
            {
                if (dueOn is { } due && (existing.DueOn is null || due < existing.DueOn) && existing.CompletedUtc is null)
                {
                    existing.DueOn = due;
                    await _db.SaveChangesAsync(ct);
                }

                return (existing, false);
            }

            existing.Status = existing.CompletedUtc is null ? EnrolmentStatus.Active : EnrolmentStatus.Completed;
            existing.Source = source;
            existing.RuleId = ruleId;
            existing.DueOn = dueOn;
            existing.EnrolledUtc = now;
            existing.EnrolledBy = actor;
            existing.TenantName = learner.TenantName;
            await _db.SaveChangesAsync(ct);
            return (existing, true);
        }

        var enrolment = new Enrolment
        {
            CourseId = courseId,
            AccountId = learner.AccountId,
            DisplayName = learner.DisplayName,
            TenantName = learner.TenantName,
            Source = source,
            RuleId = ruleId,
            DueOn = dueOn,
            EnrolledUtc = now,
            EnrolledBy = actor,
            Status = EnrolmentStatus.Active,
        };
        _db.Enrolments.Add(enrolment);
        await _db.SaveChangesAsync(ct);
        return (enrolment, true);
    }

    /// <summary>Every member of a department, or of one of its units (people with a login only). Returns how many were newly enrolled.</summary>
    public async Task<int> BulkEnrolAsync(Course course, string tenantName, string? unitId, DateOnly? dueOn, string actor, CancellationToken ct)
    {
        var learners = new List<Learner>();
        if (!string.IsNullOrWhiteSpace(unitId))
        {
            var units = _services.GetService<IOrgUnitDirectory>()
                ?? throw new LearningException(409, "Danh bạ đơn vị chưa được bật, không ghi danh theo phòng được.", "unitId");
            foreach (var member in await units.ListMembersAsync(tenantName, unitId.Trim(), ct))
            {
                if (member.IsActive && member.AccountId is { } id)
                {
                    learners.Add(new Learner(id, member.FullName, tenantName));
                }
            }
        }
        else
        {
            for (var skip = 0; ; skip += 500)
            {
                var page = await _accounts.ListMembersAsync(tenantName, skip, 500, ct);
                learners.AddRange(page.Where(a => a.IsEnabled && a.HomeTenant == tenantName).Select(a => new Learner(a.Id, a.FullName, tenantName)));
                if (page.Count < 500)
                {
                    break;
                }
            }
        }

        var created = 0;
        foreach (var learner in learners.DistinctBy(l => l.AccountId))
        {
            if ((await EnrolAsync(course.Id, learner, EnrolmentSource.Bulk, actor, dueOn, null, ct)).Created)
            {
                created++;
            }
        }

        return created;
    }

    public async Task<bool> WithdrawAsync(Course course, int enrolmentId, CancellationToken ct)
    {
        var enrolment = await _db.Enrolments.FirstOrDefaultAsync(e => e.Id == enrolmentId && e.CourseId == course.Id, ct);
        if (enrolment is null)
        {
            return false;
        }

        enrolment.Status = EnrolmentStatus.Withdrawn;
        await _db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A transfer: the person's enrolments follow them to the new department (reports and access follow the person).</summary>
    public async Task<int> MoveAsync(string accountId, string? toTenant, CancellationToken ct) =>
        await _db.Enrolments.Where(e => e.AccountId == accountId && e.TenantName != toTenant)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.TenantName, toTenant), ct);

    private static string? HomeOf(AccountInfo account) =>
        string.IsNullOrEmpty(account.HomeTenant) || account.HomeTenant == Tenant.DefaultName ? null : account.HomeTenant;
}
