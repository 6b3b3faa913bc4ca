using Intranet.Core.Accounts;
using Intranet.Core.Email;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Services.Certs;

/// <summary>
/// Re-certification reminders: a holder whose certificate expires within <see cref="DaysBefore"/> days is told once
/// (the certificate keeps when), unless it was revoked or they already hold a newer certificate of the same course.
/// </summary>
internal sealed class CertificateReminderJob
{
    public const int DaysBefore = 30;

    private readonly IServiceScopeFactory _scopes;

    public CertificateReminderJob(IServiceScopeFactory scopes) => _scopes = scopes;

    /// <summary>Sends the reminders due on <paramref name="today"/>; returns how many went out.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var host = services.GetRequiredService<ITenantRegistry>().Table.Host;
        if (!host.IsFeatureEnabled(LearningFeatures.Province))
        {
            return 0;
        }

        var db = services.GetRequiredService<LearningDbContext>();
        var accounts = services.GetRequiredService<IAccountDirectory>();
        var email = services.GetRequiredService<IEmailSender>();
        var urls = services.GetRequiredService<IPublicUrls>();
        var clock = services.GetRequiredService<TimeProvider>();
        var horizon = today.AddDays(DaysBefore);
        var certificates = db.Set<Certificate>();
        var due = await certificates
            .Where(c => c.RevokedUtc == null && c.ReminderSentUtc == null && c.ValidUntil != null && c.ValidUntil >= today && c.ValidUntil <= horizon)
            .OrderBy(c => c.Id)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var certificate in due)
        {
            var renewed = await certificates.AnyAsync(c => c.AccountId == certificate.AccountId && c.CourseId == certificate.CourseId
                && c.Id != certificate.Id && c.RevokedUtc == null && (c.ValidUntil == null || c.ValidUntil > certificate.ValidUntil), ct);
            var account = renewed ? null : await accounts.FindByIdAsync(certificate.AccountId, ct);
            if (account is { IsEnabled: true } && !string.IsNullOrEmpty(account.Email))
            {
                var link = urls.Absolute(host, "learning/courses/" + certificate.CourseId);
                var until = certificate.ValidUntil!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
                await email.SendAsync(new EmailMessage([account.Email], $"Chứng chỉ \"{certificate.CourseTitle}\" sắp hết hạn ({until})",
                    $"""
                    Kính gửi {certificate.HolderName},

                    Chứng chỉ số {certificate.Serial} của khóa học "{certificate.CourseTitle}" có giá trị đến hết ngày {until}.
                    Để duy trì chứng chỉ, anh/chị vui lòng học và hoàn thành lại khóa học:
                    {link}

                    Thư này được gửi tự động một lần, không cần trả lời.
                    """), ct);
                sent++;
            }

            // Marked even when nobody could be written to: "once" means once, not every day after.
            certificate.ReminderSentUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return sent;
    }
}
