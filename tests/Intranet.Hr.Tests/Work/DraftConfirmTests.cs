using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.IO.Compression;
using Intranet.Hr.Models;
using Intranet.Hr.Services.Work;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Tests.Work;

/// <summary>A due step goes from the list to a draft to a confirmed decision over the API; nothing is written before the confirmation.</summary>
public sealed class DraftConfirmTests : IClassFixture<HrWorkFixture>
{
    private readonly HrWorkFixture _f;

    public DraftConfirmTests(HrWorkFixture fixture) => _f = fixture;

    private static DateOnly Today => HrToday.From(TimeProvider.System);

    [Fact]
    public async Task Confirming_a_drafted_step_writes_the_salary_row_with_its_decision_and_nothing_before()
    {
        var since = Today.AddDays(-15).AddMonths(-36);
        var record = await _f.AddRecordAsync(_f.SoA, "Trần Văn Bậc", stepSince: since);
        using var officer = await _f.ClientAsync("tccb", _f.SoA);

        var list = await officer.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/work-lists/steps?days=60");
        var line = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("recordId").GetInt32() == record.Id);
        Assert.True(line.GetProperty("overdue").GetBoolean());
        Assert.Equal(since.AddMonths(36).ToString("yyyy-MM-dd"), line.GetProperty("dueDate").GetString());

        var created = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "steps" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        var draftId = draft.GetProperty("id").GetInt32();
        Assert.Equal(4, draft.GetProperty("step").GetInt32());
        Assert.Equal(1, await SalaryRowsAsync(record.Id)); // a draft changes nothing

        var missing = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{draftId}/confirm", new { number = "", signedOn = Today, signer = "" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nhập số quyết định", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var future = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{draftId}/confirm", new { number = "12/QĐ-SNV", signedOn = Today.AddDays(3), signer = "Giám đốc Lê Văn Ký" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(1, await SalaryRowsAsync(record.Id));

        var confirmed = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{draftId}/confirm", new { number = "12/QĐ-SNV", signedOn = Today, signer = "Giám đốc Lê Văn Ký" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("no-store", confirmed.Headers.CacheControl?.ToString());

        var rows = await _f.InDepartmentAsync(_f.SoA, db => db.Salary.AsNoTracking().Where(s => s.RecordId == record.Id).OrderBy(s => s.EffectiveFrom).ToListAsync());
        Assert.Equal(2, rows.Count);
        var row = rows[1];
        Assert.Equal(since.AddMonths(36), row.EffectiveFrom);
        Assert.Equal(since.AddMonths(36), row.StepSince);
        Assert.Equal(4, row.Step);
        Assert.Equal(3.33m, row.Coefficient);
        Assert.Equal(SalaryChangeKind.RegularStep, row.Kind);
        Assert.Equal("12/QĐ-SNV", row.Decision.Number);
        Assert.Equal("Giám đốc Lê Văn Ký", row.Decision.Signer);
        Assert.Contains(await _f.AuditActionsAsync(_f.SoA, $"hr-record:{record.Id} "), a => a.StartsWith("hr/draft.confirmed", StringComparison.Ordinal) && a.Contains("12/QĐ-SNV", StringComparison.Ordinal));

        var again = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{draftId}/confirm", new { number = "13/QĐ-SNV", signedOn = Today, signer = "Giám đốc" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(2, await SalaryRowsAsync(record.Id));

        var after = await officer.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/work-lists/steps?days=60");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("recordId").GetInt32() == record.Id);
    }

    [Fact]
    public async Task A_discarded_draft_writes_nothing_and_the_line_can_be_drafted_again()
    {
        var record = await _f.AddRecordAsync(_f.SoA, "Huỷ Dự Thảo", stepSince: Today.AddDays(10).AddMonths(-36));
        using var officer = await _f.ClientAsync("tccb", _f.SoA);

        var draft = await (await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "steps" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/{_f.SoA}/api/hr/drafts/{id}/discard", null)).StatusCode);

        Assert.Equal(1, await SalaryRowsAsync(record.Id));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{id}/confirm", new { number = "1/QĐ", signedOn = Today, signer = "A" })).StatusCode);
        var second = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "steps" });
        Assert.NotEqual(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Confirming_a_retirement_due_later_writes_the_closing_date_and_leaves_the_person_on_staff_until_then()
    {
        // A man born in 05/1966 retires at 62: the last day of 05/2028 — always ahead of the test run.
        var record = await _f.AddRecordAsync(_f.SoA, "Nghỉ Hưu Sau", r => r.BirthDate = new DateOnly(1966, 5, 3));
        using var officer = await _f.ClientAsync("tccb", _f.SoA);
        var months = (new DateOnly(2028, 5, 31).Year - Today.Year) * 12 + 12;

        var draft = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "retirements" });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var confirmed = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts/{id}/confirm", new { number = "88/QĐ-SNV", signedOn = Today, signer = "Giám đốc" });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var saved = await _f.InDepartmentAsync(_f.SoA, db => db.Records.AsNoTracking().SingleAsync(r => r.Id == record.Id));
        Assert.Equal(new DateOnly(2028, 5, 31), saved.ClosedOn);
        Assert.Equal(Intranet.Core.Staff.StaffStatus.Active, saved.Status);
        Assert.Contains("88/QĐ-SNV", saved.ClosedReason, StringComparison.Ordinal);
        var list = await officer.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/work-lists/retirements?months={months}");
        Assert.True(list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("recordId").GetInt32() == record.Id).GetProperty("scheduled").GetBoolean());
    }

    [Fact]
    public async Task The_list_exports_to_xlsx_with_the_personal_id_masked_and_the_export_is_audited()
    {
        var record = await _f.AddRecordAsync(_f.SoA, "=Xuất Excel", stepSince: Today.AddDays(5).AddMonths(-36));
        using var officer = await _f.ClientAsync("tccb", _f.SoA);

        var response = await officer.GetAsync($"/{_f.SoA}/api/hr/work-lists/steps/export?days=60");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkListExport.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        string sheet;
        using (var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()))
        {
            sheet = await reader.ReadToEndAsync();
        }

        var cells = System.Xml.Linq.XDocument.Parse(sheet).Descendants().Where(e => e.Name.LocalName == "c").ToList();
        Assert.Contains(cells, c => c.Value == "=Xuất Excel" && c.Attribute("t")?.Value == "inlineStr");
        Assert.DoesNotContain(cells, c => c.Descendants().Any(e => e.Name.LocalName == "f")); // never a formula
        Assert.DoesNotContain(record.PersonalId, sheet, StringComparison.Ordinal);
        Assert.Contains(cells, c => c.Value == Intranet.Hr.Services.PersonalIdMask.Mask(record.PersonalId));
        var audit = await _f.InDepartmentAsync(_f.SoA, db => db.Database
            .SqlQueryRaw<string>("SELECT Details AS Value FROM AuditEntries WHERE Action = 'export' ORDER BY Id").ToListAsync());
        Assert.Contains(audit, d => d.StartsWith("what=work-list:steps", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lists_and_drafts_need_the_permissions_in_the_department()
    {
        var record = await _f.AddRecordAsync(_f.SoA, "Quyền Truy Cập", stepSince: Today.AddMonths(-37));
        using var member = await _f.ClientAsync("an", _f.SoA);
        using var otherOfficer = await _f.ClientAsync("tccb", _f.SoB);
        using var anonymous = _f.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/{_f.SoA}/api/hr/work-lists/steps")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/{_f.SoA}/api/hr/drafts", new { recordId = record.Id, list = "steps" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOfficer.GetAsync($"/{_f.SoA}/api/hr/work-lists/steps")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherOfficer.GetAsync($"/{_f.SoA}/api/hr/work-lists/steps/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/{_f.SoA}/api/hr/work-lists/steps")).StatusCode);
        var ownList = await otherOfficer.GetFromJsonAsync<JsonElement>($"/{_f.SoB}/api/hr/work-lists/steps");
        Assert.DoesNotContain(ownList.GetProperty("items").EnumerateArray(), i => i.GetProperty("fullName").GetString() == "Quyền Truy Cập");
        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.PostAsJsonAsync($"/{_f.SoB}/api/hr/drafts", new { recordId = record.Id, list = "steps" })).StatusCode);
    }

    [Theory]
    [InlineData("steps?days=-5", HttpStatusCode.BadRequest)]
    [InlineData("steps?days=abc", HttpStatusCode.BadRequest)]
    [InlineData("retirements?months=0", HttpStatusCode.BadRequest)]
    [InlineData("nothing", HttpStatusCode.NotFound)]
    public async Task Bad_list_requests_are_problems_in_vietnamese(string query, HttpStatusCode status)
    {
        using var officer = await _f.ClientAsync("tccb", _f.SoA);

        var response = await officer.GetAsync($"/{_f.SoA}/api/hr/work-lists/{query}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_work_page_lists_and_answers_no_store()
    {
        using var client = _f.Factory.CreateBrowserClient();
        await Intranet.Testing.Forms.SignInAsync(client, HrWorkFixture.Email("tccb", _f.SoA), HrWorkFixture.Password);
        var record = await _f.AddRecordAsync(_f.SoA, "Trang Danh Sách", stepSince: Today.AddDays(3).AddMonths(-36));

        var response = await client.GetAsync($"/{_f.SoA}/admin/hr/work?list=steps");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Trang Danh Sách", html, StringComparison.Ordinal);
        Assert.Contains($"data-record=\"{record.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(record.PersonalId, html, StringComparison.Ordinal);
    }

    private Task<int> SalaryRowsAsync(int recordId) => _f.InDepartmentAsync(_f.SoA, db => db.Salary.CountAsync(s => s.RecordId == recordId));
}
