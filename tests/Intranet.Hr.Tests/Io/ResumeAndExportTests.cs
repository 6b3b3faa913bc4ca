using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Intranet.Hr.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Intranet.Hr.Tests.Io;

/// <summary>
/// The résumé (Mẫu 2C-BNV/2008) from the data as PDF and DOCX, with Vietnamese intact, only the groups the reader
/// may see; the XLSX export; both audited.
/// </summary>
public sealed class ResumeAndExportTests : IClassFixture<HrIoFixture>
{
    private readonly HrIoFixture _f;

    public ResumeAndExportTests(HrIoFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_pdf_resume_carries_name_rank_and_salary_history_with_diacritics_and_is_audited()
    {
        var id = await PersonWithHistoryAsync();
        using var officer = await _f.BrowserAsync(_f.Email("tccb", _f.SoA), HrIoFixture.Password);

        var response = await officer.GetAsync($"/{_f.SoA}/admin/hr/records/{id}/resume.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("SƠ YẾU LÝ LỊCH", text, StringComparison.Ordinal);
        Assert.Contains("NGUYỄN THỊ HOÀ", text, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên", text, StringComparison.Ordinal);
        Assert.Contains("01.003/3", text, StringComparison.Ordinal);
        Assert.Contains("01.003/4", text, StringComparison.Ordinal);
        Assert.Contains("3,00", text, StringComparison.Ordinal);
        Assert.Contains("3,33", text, StringComparison.Ordinal);
        Assert.Contains("Phạm Văn Cường", text, StringComparison.Ordinal); // family: the officer may read it (audited)

        var audit = await AuditAsync();
        Assert.Contains("resume.pdf", audit, StringComparison.Ordinal);
        Assert.Contains("group=Family", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docx_resume_opens_and_carries_the_same_data()
    {
        var id = await PersonWithHistoryAsync();
        using var officer = await _f.BrowserAsync(_f.Email("tccb", _f.SoA), HrIoFixture.Password);

        var response = await officer.GetAsync($"/{_f.SoA}/admin/hr/records/{id}/resume.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var docx = WordprocessingDocument.Open(stream, false);
        var text = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("NGUYỄN THỊ HOÀ", text, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên", text, StringComparison.Ordinal);
        Assert.Contains("01.003/3", text, StringComparison.Ordinal);
        Assert.Contains("01.003/4", text, StringComparison.Ordinal);
        Assert.Contains("3,33", text, StringComparison.Ordinal);
        Assert.Contains("resume.docx", await AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resume_is_refused_without_the_permissions_and_across_departments()
    {
        var id = await PersonWithHistoryAsync();
        using var member = await _f.BrowserAsync(_f.Email("nv", _f.SoA), HrIoFixture.Password);
        using var otherOfficer = await _f.BrowserAsync(_f.Email("tccb", _f.SoB), HrIoFixture.Password);
        using var officer = await _f.BrowserAsync(_f.Email("tccb", _f.SoA), HrIoFixture.Password);
        using var anonymous = _f.Factory.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/{_f.SoA}/admin/hr/records/{id}/resume.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOfficer.GetAsync($"/{_f.SoA}/admin/hr/records/{id}/resume.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.GetAsync($"/{_f.SoB}/admin/hr/records/{id + 100_000}/resume.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/{_f.SoA}/admin/hr/records/999999/resume.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/{_f.SoA}/admin/hr/records/{id}/resume.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_xlsx_export_lists_the_department_and_is_audited()
    {
        await PersonWithHistoryAsync();
        using var officer = await _f.BrowserAsync(_f.Email("tccb", _f.SoA), HrIoFixture.Password);

        var response = await officer.GetAsync($"/{_f.SoA}/admin/hr/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var rows = await _f.ExportRowsAsync(_f.SoA);
        Assert.Contains(rows, r => r.Contains("Nguyễn Thị Hoà"));
        Assert.Contains("records.xlsx", await AuditAsync(), StringComparison.Ordinal);
    }

    /// <summary>Imports a person twice (step 3 then 4) and adds a relative; returns the record id.</summary>
    private async Task<int> PersonWithHistoryAsync()
    {
        var pid = ImportFiles.NewId();
        foreach (var (step, since) in new[] { ("3", "01/09/2020"), ("4", "01/09/2023") })
        {
            var response = await HrIoFixture.ImportAsync(_f.Officer, _f.SoA, ImportFiles.Csv(ImportFiles.Header, ImportFiles.Row(pid, step: step, since: since)), "a.csv", dryRun: false);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        return await _f.InDepartmentAsync(_f.SoA, async db =>
        {
            var record = await db.Records.SingleAsync(r => r.PersonalId == pid);
            db.Family.Add(new FamilyMember { RecordId = record.Id, Relation = "Chồng", FullName = "Phạm Văn Cường", BirthYear = 1978, Details = "Kỹ sư, Công ty Điện lực Bình An" });
            await db.SaveChangesAsync();
            return record.Id;
        });
    }

    private async Task<string> AuditAsync()
    {
        using var admin = await _f.BrowserAsync(IntranetFactory.AdminEmail, _f.Factory.AdminPassword);
        var response = await admin.GetAsync($"/{_f.SoA}/admin/audit?Category=hr");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
