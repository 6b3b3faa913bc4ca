using System.Globalization;
using System.Text;
using Intranet.Core.Accounts;
using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Due-date reminders (7 days and 1 day before, and once when overdue) and a weekly digest of each learner's open
/// courses, by e-mail through <see cref="IEmailSender"/> (the outbox). Each message is recorded in
/// <see cref="ReminderSent"/> first, so a second run the same day, or a restart, sends nothing twice.
/// </summary>
public sealed class LearningReminderJob
{
    private static readonly int[] DaysBefore = [7, 1];

    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantRegistry _tenants;
    private readonly TimeProvider _clock;
    private readonly ILogger<LearningReminderJob> _logger;

    public LearningReminderJob(IServiceScopeFactory scopes, ITenantRegistry tenants, TimeProvider clock, ILogger<LearningReminderJob> logger)
    {
        _scopes = scopes;
        _tenants = tenants;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Sends what is due on <paramref name="today"/>; returns how many messages were sent.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct = default)
    {
        if (!_tenants.Table.Host.IsFeatureEnabled(LearningFeatures.Province))
        {
            return 0;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<IAccountDirectory>();
        var email = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var open = await db.Enrolments.AsNoTracking()
            .Where(e => e.Status == EnrolmentStatus.Active && e.CompletedUtc == null)
            .Join(db.Courses.Where(c => c.Status == CourseStatus.Published), e => e.CourseId, c => c.Id, (e, c) => new { e.Id, e.AccountId, e.DueOn, c.Title })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var e in open.Where(e => e.DueOn is not null))
        {
            var days = e.DueOn!.Value.DayNumber - today.DayNumber;
            var key = DaysBefore.Contains(days) ? $"due:{e.Id}:{days}" : days < 0 ? $"overdue:{e.Id}" : null;
            if (key is null)
            {
                continue;
            }

            var text = days < 0
                ? $"Khóa học \"{e.Title}\" đã quá hạn hoàn thành ({e.DueOn:dd/MM/yyyy}). Đề nghị anh/chị hoàn thành sớm."
                : $"Khóa học \"{e.Title}\" cần hoàn thành trước ngày {e.DueOn:dd/MM/yyyy} (còn {days} ngày).";
            if (await SendOnceAsync(db, accounts, email, key, e.AccountId, "Nhắc hạn khóa học: " + e.Title, text, ct))
            {
                sent++;
            }
        }

        var week = $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}";
        foreach (var learner in open.GroupBy(e => e.AccountId))
        {
            var body = new StringBuilder("Các khóa học anh/chị đang học:\n\n");
            foreach (var e in learner.OrderBy(e => e.DueOn ?? DateOnly.MaxValue))
            {
                body.Append("- ").Append(e.Title);
                if (e.DueOn is { } due)
                {
                    body.Append(" (hạn ").Append(due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(')');
                }

                body.Append('\n');
            }

            body.Append("\nVào mục \"Khóa học của tôi\" để học tiếp.");
            if (await SendOnceAsync(db, accounts, email, $"digest:{learner.Key}:{week}", learner.Key, "Tổng hợp khóa học trong tuần", body.ToString(), ct))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOnceAsync(LearningDbContext db, IAccountDirectory accounts, IEmailSender email, string key, string accountId, string subject, string text, CancellationToken ct)
    {
        if (await db.Set<ReminderSent>().AnyAsync(r => r.Key == key, ct)
            || await accounts.FindByIdAsync(accountId, ct) is not { IsEnabled: true } account)
        {
            return false;
        }

        db.Add(new ReminderSent { Key = key, SentUtc = _clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        try
        {
            await email.SendAsync(new EmailMessage([account.Email], subject, text), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Recorded as sent: a broken mail server must not turn into a reminder storm when it comes back.
            _logger.LogWarning(ex, "Learning reminder {Key} could not be sent.", key);
            return false;
        }
    }
}
