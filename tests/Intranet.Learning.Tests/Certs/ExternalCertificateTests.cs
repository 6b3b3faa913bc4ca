using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Certs;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Tests.Certs;

/// <summary>
/// Certificates from outside are recorded with a scan by a trainer or HR officer of the person's own department; they
/// show on the learner's page and count as training evidence. Another department's officer can do neither.
/// </summary>
public sealed class ExternalCertificateTests : IClassFixture<CertsFixture>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly CertsFixture _f;

    public ExternalCertificateTests(CertsFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_departments_HR_officer_records_a_test_centre_certificate_with_a_scan_and_it_counts_as_evidence()
    {
        using var hr = await _f.ApiAsync("hr", _f.SoA);
        var response = await hr.PostAsync($"/{_f.SoA}/api/learning/external-certificates", Form("ItBasic", "CB-2024-001234", Png, "scan.png"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var recorded = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CertsFixture.LearnerName, recorded.GetProperty("holderName").GetString());
        var id = recorded.GetProperty("id").GetInt32();

        using var learner = await _f.BrowserAsync("hv", _f.SoA);
        var mine = await learner.GetStringAsync("/learning/certificates");
        Assert.Contains("Chứng chỉ ứng dụng CNTT cơ bản", mine, StringComparison.Ordinal);
        Assert.Contains("CB-2024-001234", mine, StringComparison.Ordinal);
        var scan = await learner.GetAsync($"/learning/certificates/external/{id}/scan");
        Assert.Equal(HttpStatusCode.OK, scan.StatusCode);
        Assert.Equal("image/png", scan.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await scan.Content.ReadAsByteArrayAsync());

        await using var scope = _f.Factory.Services.CreateAsyncScope();
        var learnerId = await _f.AccountIdAsync("hv", _f.SoA);
        var evidence = new List<TrainingEvidence>();
        foreach (var source in scope.ServiceProvider.GetServices<ITrainingEvidenceSource>())
        {
            evidence.AddRange(await source.ListAsync(_f.SoA));
        }

        var external = Assert.Single(evidence, e => e.AccountId == learnerId && e.Source == ExternalCertificateEvidence.Source);
        Assert.Equal(["IU01", "IU02", "IU03", "IU04", "IU05", "IU06"], external.ItModules);
        Assert.Equal(_f.SoA, external.TenantName);
    }

    [Fact]
    public async Task Another_departments_HR_officer_cannot_record_for_a_person_of_this_department_nor_read_the_records()
    {
        using var otherHr = await _f.ApiAsync("hr", _f.SoB);

        // In this department: not a member there.
        var there = await otherHr.PostAsync($"/{_f.SoA}/api/learning/external-certificates", Form("OldB", "B-1999-77", Png, "scan.png"));
        Assert.Equal(HttpStatusCode.Forbidden, there.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHr.GetAsync($"/{_f.SoA}/api/learning/external-certificates")).StatusCode);

        // In their own department, naming our person: refused like an unknown address.
        var home = await otherHr.PostAsync($"/{_f.SoB}/api/learning/external-certificates", Form("OldB", "B-1999-77", Png, "scan.png"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, home.StatusCode);
        Assert.Contains("Không tìm thấy cán bộ của đơn vị", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var member = await _f.ApiAsync("nv", _f.SoA);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/{_f.SoA}/api/learning/external-certificates", Form("OldB", "B-1999-77", Png, "scan.png"))).StatusCode);
        using var hr = await _f.ApiAsync("hr", _f.SoA);
        var list = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/learning/external-certificates");
        Assert.DoesNotContain(list.EnumerateArray(), c => c.GetProperty("number").GetString() == "B-1999-77");
    }

    [Fact]
    public async Task A_scan_that_is_not_a_PDF_JPEG_or_PNG_is_refused_with_a_message_and_leaves_nothing_behind()
    {
        using var hr = await _f.ApiAsync("hr", _f.SoA);
        var folder = Path.Combine(_f.Factory.AppData, "Sites");
        var before = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
        var refused = await hr.PostAsync($"/{_f.SoA}/api/learning/external-certificates", Form("ItBasic", "X-1", "<html>not a scan</html>"u8.ToArray(), "scan.png"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("PDF, JPEG hoặc PNG", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noModules = await hr.PostAsync($"/{_f.SoA}/api/learning/external-certificates", Form("ItAdvanced", "NC-1", Png, "scan.png"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noModules.StatusCode);
        var after = System.IO.Directory.Exists(folder) ? System.IO.Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_record_form_of_the_department_page_takes_an_advanced_certificate_with_its_modules()
    {
        using var trainer = await _f.BrowserAsync("gv", _f.SoA);
        var pageUrl = $"/{_f.SoA}/learning/external-certificates";
        var token = Forms.Token(await trainer.GetStringAsync(pageUrl), pageUrl);
        var form = Form("ItAdvanced", "NC-2025-42", "%PDF-1.4\n%test\n"u8.ToArray(), "scan.pdf", modules: "iu09, IU07 IU08");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await trainer.PostAsync(pageUrl, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await trainer.GetStringAsync(pageUrl);
        Assert.Contains("NC-2025-42", page, StringComparison.Ordinal);
        Assert.Contains("IU07, IU08, IU09", page, StringComparison.Ordinal);

        using var otherHr = await _f.BrowserAsync("hr", _f.SoB);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHr.GetAsync(pageUrl)).StatusCode);
    }

    private MultipartFormDataContent Form(string kind, string number, byte[] scan, string fileName, string? modules = null)
    {
        var file = new ByteArrayContent(scan);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent
        {
            { new StringContent(_f.Email("hv", _f.SoA)), "Email" },
            { new StringContent(kind), "Kind" },
            { new StringContent(number), "Number" },
            { new StringContent("Trung tâm Sát hạch CNTT – Trường Đại học Vinh"), "Issuer" },
            { new StringContent("2024-05-20"), "IssuedOn" },
            { file, "scan", fileName },
        };
        if (modules is not null)
        {
            form.Add(new StringContent(modules), "ItModules");
        }

        return form;
    }
}
