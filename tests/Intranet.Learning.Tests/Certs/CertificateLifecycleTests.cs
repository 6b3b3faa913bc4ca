using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Learning.Models.Certs;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Certs;

/// <summary>
/// A completed course gives one certificate; its PDF names the learner (with diacritics), the course, the modules, the
/// date and the serial, and its QR code — read by zbarimg — opens the public page, which says valid, then revoked.
/// </summary>
public sealed class CertificateLifecycleTests : IClassFixture<CertsFixture>
{
    private readonly CertsFixture _f;

    public CertificateLifecycleTests(CertsFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_QR_code_of_the_PDF_opens_the_public_page_which_says_valid_and_then_revoked_after_a_revocation()
    {
        var (course, lesson, enrolment) = await _f.CourseWithLearnerAsync("Ứng dụng CNTT cơ bản cho cán bộ", validMonths: 24);
        Assert.True(await _f.CompleteAsync(enrolment, lesson));
        Assert.False(await _f.CompleteAsync(enrolment, lesson));
        var certificate = await OnlyCertificateAsync(enrolment.Id);

        // A second announcement of the same completion issues nothing more.
        await using (var scope = _f.Factory.Services.CreateAsyncScope())
        {
            foreach (var handler in scope.ServiceProvider.GetServices<ICourseCompletionHandler>())
            {
                await handler.CourseCompletedAsync(new CourseCompletion(enrolment.Id, course.Id, enrolment.AccountId, enrolment.DisplayName, enrolment.TenantName, DateTime.UtcNow), default);
            }
        }

        Assert.Equal(certificate.Serial, (await OnlyCertificateAsync(enrolment.Id)).Serial);
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", certificate.Serial);
        Assert.Equal(certificate.IssuedOn.AddMonths(24).AddDays(-1), certificate.ValidUntil);

        using var learner = await _f.BrowserAsync("hv", _f.SoA);
        var mine = await learner.GetStringAsync("/learning/certificates");
        Assert.Contains("Chứng chỉ của tôi", mine, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, mine, StringComparison.Ordinal);

        var pdfResponse = await learner.GetAsync($"/learning/certificates/{certificate.Serial}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType?.MediaType);
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync();
        var text = PdfQr.Text(pdf);
        foreach (var expected in new[] { "Trần", "Thị", "Ánh", "Tuyết", "Hường", "Ứng", "IU01,", "IU03", certificate.Serial, certificate.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var url = await PdfQr.DecodeAsync(pdf);
        Assert.EndsWith("/learning/verify/" + certificate.Serial, url, StringComparison.Ordinal);
        var path = new Uri(url).AbsolutePath;

        using var anonymous = _f.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"valid\"", html, StringComparison.Ordinal);
        Assert.Contains(CertsFixture.LearnerName, html, StringComparison.Ordinal);
        Assert.Contains("Ứng dụng CNTT cơ bản cho cán bộ", html, StringComparison.Ordinal);
        Assert.DoesNotContain(_f.SoA, html, StringComparison.Ordinal);
        Assert.DoesNotContain(_f.Email("hv", _f.SoA), html, StringComparison.Ordinal);
        Assert.Equal("valid", await ApiStateAsync(anonymous, certificate.Serial));

        // Revocation: not by the learner, nor by another department's HR officer; a reason is required.
        using var own = await _f.ApiAsync("hv", _f.SoA);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsJsonAsync($"/api/learning/certificates/{certificate.Serial}/revocation", new { reason = "Tự thu hồi" })).StatusCode);
        using var otherHr = await _f.ApiAsync("hr", _f.SoB);
        var refused = await otherHr.PostAsJsonAsync($"/api/learning/certificates/{certificate.Serial}/revocation", new { reason = "Không phải đơn vị mình" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var hr = await _f.ApiAsync("hr", _f.SoA);
        var noReason = await hr.PostAsJsonAsync($"/api/learning/certificates/{certificate.Serial}/revocation", new { reason = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("valid", await ApiStateAsync(anonymous, certificate.Serial));

        var revoked = await hr.PostAsJsonAsync($"/api/learning/certificates/{certificate.Serial.ToLowerInvariant()}/revocation", new { reason = "Gian lận trong bài kiểm tra" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsJsonAsync($"/api/learning/certificates/{certificate.Serial}/revocation", new { reason = "Lần nữa" })).StatusCode);

        html = await anonymous.GetStringAsync(path);
        Assert.Contains("data-state=\"revoked\"", html, StringComparison.Ordinal);
        Assert.Contains("Đã bị thu hồi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gian lận", html, StringComparison.Ordinal);
        Assert.Equal("revoked", await ApiStateAsync(anonymous, certificate.Serial));
        var saved = await OnlyCertificateAsync(enrolment.Id);
        Assert.Equal("Gian lận trong bài kiểm tra", saved.RevocationReason);
        Assert.Equal(await _f.AccountIdAsync("hr", _f.SoA), saved.RevokedBy);
    }

    [Fact]
    public async Task The_PDF_is_for_the_learner_and_the_course_trainers_only()
    {
        var (_, lesson, enrolment) = await _f.CourseWithLearnerAsync("An toàn thông tin cơ bản", validMonths: null);
        await _f.CompleteAsync(enrolment, lesson);
        var serial = (await OnlyCertificateAsync(enrolment.Id)).Serial;

        using var trainer = await _f.BrowserAsync("gv", _f.SoA);
        Assert.Equal(HttpStatusCode.OK, (await trainer.GetAsync($"/learning/certificates/{serial}/pdf")).StatusCode);
        var list = await trainer.GetStringAsync($"/admin/learning/courses/{enrolment.CourseId}/certificates");
        Assert.Contains(serial, list, StringComparison.Ordinal);

        using var colleague = await _f.BrowserAsync("nv", _f.SoA);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/learning/certificates/{serial}/pdf")).StatusCode);
        Assert.DoesNotContain(serial, await colleague.GetStringAsync("/learning/certificates"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/admin/learning/courses/{enrolment.CourseId}/certificates")).StatusCode);
        using var otherHr = await _f.BrowserAsync("hr", _f.SoB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.GetAsync($"/learning/certificates/{serial}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHr.GetAsync($"/admin/learning/courses/{enrolment.CourseId}/certificates")).StatusCode);
        using var otherHrApi = await _f.ApiAsync("hr", _f.SoB);
        Assert.Equal(HttpStatusCode.NotFound, (await otherHrApi.GetAsync($"/api/learning/courses/{enrolment.CourseId}/certificates")).StatusCode);
    }

    [Fact]
    public async Task A_trainer_revokes_from_the_course_page_with_a_reason_and_the_page_then_says_revoked()
    {
        var (course, lesson, enrolment) = await _f.CourseWithLearnerAsync("Xử lý văn bản nâng cao", validMonths: 12);
        await _f.CompleteAsync(enrolment, lesson);
        var serial = (await OnlyCertificateAsync(enrolment.Id)).Serial;
        using var trainer = await _f.BrowserAsync("gv", _f.SoA);
        var pageUrl = $"/admin/learning/courses/{course.Id}/certificates";
        var token = Intranet.Testing.Forms.Token(await trainer.GetStringAsync(pageUrl), pageUrl);

        var empty = await trainer.PostAsync(pageUrl + "/revoke", new FormUrlEncodedContent([new("serial", serial), new("reason", ""), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Cần ghi lý do thu hồi", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await trainer.PostAsync(pageUrl + "/revoke", new FormUrlEncodedContent([new("serial", serial), new("reason", "Cấp nhầm người"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        using var anonymous = _f.Factory.CreateClient();
        Assert.Contains("data-state=\"revoked\"", await anonymous.GetStringAsync("/learning/verify/" + serial), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_malformed_serial_is_a_404_that_says_so_on_the_page_and_in_the_API()
    {
        using var anonymous = _f.Factory.CreateClient();
        foreach (var serial in new[] { "0000-0000-0000", "not-a-serial", "1' or '1'='1" })
        {
            var page = await anonymous.GetAsync("/learning/verify/" + Uri.EscapeDataString(serial));
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Contains("Không có chứng chỉ nào mang số hiệu này", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var api = await anonymous.GetAsync($"/api/learning/certificates/{Uri.EscapeDataString(serial)}/verification");
            Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<Certificate> OnlyCertificateAsync(int enrolmentId)
    {
        await using var scope = _f.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        return await db.Set<Certificate>().AsNoTracking().SingleAsync(c => c.EnrolmentId == enrolmentId);
    }

    private static async Task<string> ApiStateAsync(HttpClient client, string serial)
    {
        var response = await client.GetAsync($"/api/learning/certificates/{serial}/verification");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString()!;
    }
}
