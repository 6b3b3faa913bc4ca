using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Hr.Tests.Work;

/// <summary>A civil servant proposes a correction to their own record; an HR officer of the department approves or rejects it with a reason.</summary>
public sealed class CorrectionTests : IClassFixture<HrWorkFixture>, IAsyncLifetime
{
    private readonly HrWorkFixture _f;
    private int _recordId;

    public CorrectionTests(HrWorkFixture fixture) => _f = fixture;

    public async Task InitializeAsync()
    {
        var accountId = await _f.AccountIdAsync(HrWorkFixture.Email("an", _f.SoA));
        _recordId = await _f.InDepartmentAsync(_f.SoA, async db =>
            await db.Records.Where(r => r.AccountId == accountId).Select(r => (int?)r.Id).FirstOrDefaultAsync()
            ?? (await _f.AddRecordAsync(_f.SoA, "Nguyễn Văn An", r =>
            {
                r.AccountId = accountId;
                r.Hometown = "Xã Cũ, huyện Cũ";
            })).Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_approved_correction_writes_the_value_and_the_person_sees_the_outcome()
    {
        using var member = await _f.ClientAsync("an", _f.SoA);
        using var officer = await _f.ClientAsync("tccb", _f.SoA);

        var id = await ProposeAsync(member, "Hometown", "Xã Tân An, huyện Cần Giuộc, tỉnh Long An");
        Assert.Equal("Xã Cũ, huyện Cũ", await HometownAsync()); // nothing written before approval
        var pending = await officer.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/corrections");
        Assert.Contains(pending.EnumerateArray(), p => p.GetProperty("id").GetInt32() == id && p.GetProperty("fullName").GetString() == "Nguyễn Văn An");

        var approved = await officer.PostAsync($"/{_f.SoA}/api/hr/corrections/{id}/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Xã Tân An, huyện Cần Giuộc, tỉnh Long An", await HometownAsync());
        var own = await member.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/me/corrections");
        Assert.Equal("approved", own.EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id).GetProperty("status").GetString());
        Assert.Contains(await _f.AuditActionsAsync(_f.SoA, $"hr-record:{_recordId} "), a => a.StartsWith("hr/correction.approved", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync($"/{_f.SoA}/api/hr/corrections/{id}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_in_vietnamese_and_the_person_reads_it()
    {
        using var member = await _f.ClientAsync("an", _f.SoA);
        using var officer = await _f.ClientAsync("tccb", _f.SoA);
        var id = await ProposeAsync(member, "Phone", "0912 345 678");

        var noReason = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/corrections/{id}/reject", new { reason = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("application/problem+json", noReason.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nhập lý do từ chối", (await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var rejected = await officer.PostAsJsonAsync($"/{_f.SoA}/api/hr/corrections/{id}/reject", new { reason = "Số điện thoại không khớp với tờ khai." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var own = (await member.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/me/corrections")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        Assert.Equal("rejected", own.GetProperty("status").GetString());
        Assert.Equal("Số điện thoại không khớp với tờ khai.", own.GetProperty("reason").GetString());
        Assert.Null(await _f.InDepartmentAsync(_f.SoA, db => db.Records.Where(r => r.Id == _recordId).Select(r => r.Phone).SingleAsync()));
    }

    [Fact]
    public async Task The_reject_form_without_a_reason_answers_400_with_the_vietnamese_message()
    {
        using var member = await _f.ClientAsync("an", _f.SoA);
        var id = await ProposeAsync(member, "CurrentAddress", "Số 5 đường Lê Lợi");
        using var browser = _f.Factory.CreateBrowserClient();
        await browser.SignInAsync(HrWorkFixture.Email("tccb", _f.SoA), HrWorkFixture.Password);

        var response = await browser.PostFormAsync($"/{_f.SoA}/admin/hr/corrections", $"/{_f.SoA}/admin/hr/corrections/{id}/reject", ("reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nhập lý do từ chối", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_departments_officer_cannot_see_or_decide_the_request()
    {
        using var member = await _f.ClientAsync("an", _f.SoA);
        using var other = await _f.ClientAsync("tccb", _f.SoB);
        var id = await ProposeAsync(member, "BirthPlace", "Thành phố Huế");

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/{_f.SoA}/api/hr/corrections/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/{_f.SoA}/api/hr/corrections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/{_f.SoB}/api/hr/corrections/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/{_f.SoA}/api/hr/corrections/{id}/approve", null)).StatusCode);
        var own = (await member.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/me/corrections")).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        Assert.Equal("pending", own.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("Salary", "9.99")]
    [InlineData("BirthDate", "31/02/1980")]
    [InlineData("Email", "khong-phai-email")]
    [InlineData("Hometown", "")]
    [InlineData("other", "Sửa quá trình công tác")]
    public async Task Bad_proposals_are_refused_in_vietnamese(string field, string value)
    {
        using var member = await _f.ClientAsync("an", _f.SoA);

        var response = await member.PostAsJsonAsync($"/{_f.SoA}/api/hr/me/corrections", new { field, proposedValue = value, explanation = (string?)null });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_own_record_page_shows_the_record_and_a_person_without_one_is_told_so()
    {
        using var browser = _f.Factory.CreateBrowserClient();
        await browser.SignInAsync(HrWorkFixture.Email("an", _f.SoA), HrWorkFixture.Password);
        using var officerBrowser = _f.Factory.CreateBrowserClient();
        await officerBrowser.SignInAsync(HrWorkFixture.Email("tccb", _f.SoA), HrWorkFixture.Password);

        var page = await browser.GetAsync($"/{_f.SoA}/hr/me");
        var none = await officerBrowser.GetAsync($"/{_f.SoA}/hr/me");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("Nguyễn Văn An", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("id=\"no-record\"", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var posted = await browser.PostFormAsync($"/{_f.SoA}/hr/me", $"/{_f.SoA}/hr/me/corrections", ("field", "OtherNames"), ("proposedValue", "Út"), ("explanation", "Tên gọi ở nhà"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    private async Task<int> ProposeAsync(HttpClient member, string field, string value)
    {
        var response = await member.PostAsJsonAsync($"/{_f.SoA}/api/hr/me/corrections", new { field, proposedValue = value, explanation = "Theo giấy khai sinh" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private Task<string?> HometownAsync() => _f.InDepartmentAsync(_f.SoA, db => db.Records.Where(r => r.Id == _recordId).Select(r => r.Hometown).SingleAsync());
}
