using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Learning.Models;
using Intranet.Learning.Models.Certs;
using Intranet.Learning.Services.Certs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Certs;

/// <summary>A certificate runs out after the course's validity; its holder is reminded once, 30 days before.</summary>
public sealed class ExpiryAndReminderTests : IClassFixture<CertsFixture>
{
    private readonly CertsFixture _f;

    public ExpiryAndReminderTests(CertsFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_QR_code_of_an_expired_certificate_opens_a_page_that_says_expired()
    {
        var (_, lesson, enrolment) = await _f.CourseWithLearnerAsync("Sử dụng Internet cơ bản", validMonths: 1);
        await _f.CompleteAsync(enrolment, lesson);

        // As if issued two months ago: the one-month validity has run out.
        string serial;
        await using (var scope = _f.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
            var certificate = await db.Set<Certificate>().SingleAsync(c => c.EnrolmentId == enrolment.Id);
            Assert.Equal(certificate.IssuedOn.AddMonths(1).AddDays(-1), certificate.ValidUntil);
            certificate.IssuedOn = certificate.IssuedOn.AddMonths(-2);
            certificate.ValidUntil = certificate.IssuedOn.AddMonths(1).AddDays(-1);
            await db.SaveChangesAsync();
            serial = certificate.Serial;
        }

        using var learner = await _f.BrowserAsync("hv", _f.SoA);
        var pdf = await learner.GetByteArrayAsync($"/learning/certificates/{serial}/pdf");
        var url = await PdfQr.DecodeAsync(pdf);
        using var anonymous = _f.Factory.CreateClient();
        var html = await anonymous.GetStringAsync(new Uri(url).AbsolutePath);
        Assert.Contains("data-state=\"expired\"", html, StringComparison.Ordinal);
        Assert.Contains("Đã hết hạn", html, StringComparison.Ordinal);
        var json = await anonymous.GetFromJsonAsync<JsonElement>($"/api/learning/certificates/{serial}/verification");
        Assert.Equal("expired", json.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_reminder_goes_out_once_30_days_before_expiry_and_not_for_a_revoked_certificate()
    {
        var (_, lesson, enrolment) = await _f.CourseWithLearnerAsync("Sử dụng bảng tính cơ bản", validMonths: 12);
        await _f.CompleteAsync(enrolment, lesson);
        var (_, lesson2, enrolment2) = await _f.CourseWithLearnerAsync("Sử dụng trình chiếu cơ bản", validMonths: 12);
        await _f.CompleteAsync(enrolment2, lesson2);
        var expiry = new DateOnly(2031, 3, 15);
        string serial;
        await using (var scope = _f.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
            var certificate = await db.Set<Certificate>().SingleAsync(c => c.EnrolmentId == enrolment.Id);
            certificate.ValidUntil = expiry;
            serial = certificate.Serial;
            var revoked = await db.Set<Certificate>().SingleAsync(c => c.EnrolmentId == enrolment2.Id);
            revoked.ValidUntil = expiry;
            revoked.RevokedUtc = DateTime.UtcNow;
            revoked.RevocationReason = "Thử nghiệm";
            await db.SaveChangesAsync();
        }

        var job = _f.Factory.Services.GetRequiredService<CertificateReminderJob>();
        var mail = _f.Factory.Mail.Sent;
        bool ToSerial(Intranet.Core.Email.EmailMessage m) => m.TextBody.Contains(serial, StringComparison.Ordinal);

        await job.RunAsync(expiry.AddDays(-31), default);
        Assert.DoesNotContain(mail, ToSerial);

        await job.RunAsync(expiry.AddDays(-30), default);
        var reminder = Assert.Single(mail, ToSerial);
        Assert.Equal([_f.Email("hv", _f.SoA)], reminder.To);
        Assert.Contains("15/03/2031", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains(CertsFixture.LearnerName, reminder.TextBody, StringComparison.Ordinal);

        await job.RunAsync(expiry.AddDays(-29), default);
        await job.RunAsync(expiry.AddDays(-1), default);
        Assert.Single(mail, ToSerial);
        Assert.DoesNotContain(mail, m => m.Subject.Contains("Sử dụng trình chiếu cơ bản", StringComparison.Ordinal));
    }
}
