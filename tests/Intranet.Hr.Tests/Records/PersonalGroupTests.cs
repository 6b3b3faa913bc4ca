using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Hr.Tests.Records;

/// <summary>Adding, correcting and removing rows of the non-dated groups: family, Party, assets, health, history.</summary>
[Collection(RecordsCollection.Name)]
public sealed class PersonalGroupTests
{
    private readonly RecordsFixture _f;

    public PersonalGroupTests(RecordsFixture fixture) => _f = fixture;

    [Fact]
    public async Task An_officer_who_may_edit_but_not_read_family_gets_403_adding_a_family_member_and_may_add_history()
    {
        using var clerk = await _f.ClientAsync("clerk", _f.SoA);
        var id = await NewRecordAsync("001190000111");
        var family = await clerk.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/family", new { relation = "Mẹ", fullName = "Lê Thị Mai", birthYear = "1960" });
        Assert.Equal(HttpStatusCode.Forbidden, family.StatusCode);
        Assert.Equal("application/problem+json", family.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/health", new { checkedOn = "2024-05-01", status = "Tốt" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.DeleteAsync($"/{_f.SoA}/api/hr/records/{id}/family/1")).StatusCode);

        var history = await clerk.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/history", new { from = "01/09/2003", to = "30/06/2007", description = "Sinh viên Học viện Hành chính" });
        Assert.Equal(HttpStatusCode.Created, history.StatusCode);

        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var record = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records/{id}?groups=basic,family");
        Assert.Equal(0, record.GetProperty("family").GetArrayLength());
        Assert.Equal("Sinh viên Học viện Hành chính", record.GetProperty("history")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Adding_correcting_and_removing_a_family_member_is_audited_by_group_without_the_values()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var id = await NewRecordAsync("001190000222");
        var before = (await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA)).Total;
        var url = $"/{_f.SoA}/api/hr/records/{id}/family";

        var added = await hr.PostAsJsonAsync(url, new { relation = "Bố", fullName = "Hoàng Văn Sơn", birthYear = "1958", details = "Nông dân" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var rowId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var corrected = await hr.PutAsJsonAsync($"{url}/{rowId}", new { relation = "Bố", fullName = "Hoàng Văn Sơn", birthYear = "1957" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(1957, (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("birthYear").GetInt32());

        var (total, newest) = await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA);
        Assert.Equal(before + 2, total);
        Assert.All(newest.Take(2), e =>
        {
            Assert.Equal("record.changed", e.Action);
            Assert.StartsWith("group=Family; action=", e.Details, StringComparison.Ordinal);
            Assert.StartsWith($"hr-record:{id} ", e.Subject, StringComparison.Ordinal);
            Assert.Equal(_f.Email("hr", _f.SoA), e.Actor);
            Assert.DoesNotContain("Sơn", e.Details + e.Subject, StringComparison.Ordinal);
        });

        Assert.Equal(HttpStatusCode.NoContent, (await hr.DeleteAsync($"{url}/{rowId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.DeleteAsync($"{url}/{rowId}")).StatusCode);
        (total, newest) = await AuditReader.HrEntriesAsync(_f.Factory.Services, _f.SoA);
        Assert.Equal(before + 3, total);
        Assert.Equal("group=Family; action=removed", newest[0].Details);
    }

    [Fact]
    public async Task Bad_input_is_a_400_problem_naming_each_field_in_vietnamese()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var id = await NewRecordAsync("001190000333");
        var nextYear = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var family = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/family", new { relation = "Con", fullName = "  ", birthYear = nextYear });
        Assert.Equal(HttpStatusCode.BadRequest, family.StatusCode);
        Assert.Equal("application/problem+json", family.Content.Headers.ContentType?.MediaType);
        var errors = (await family.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("họ và tên", errors.GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("chưa đến", errors.GetProperty("birthYear")[0].GetString(), StringComparison.Ordinal);

        var health = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/health", new { checkedOn = "31/02/2024", heightCm = "cao" });
        Assert.Equal(HttpStatusCode.BadRequest, health.StatusCode);
        var healthErrors = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(healthErrors.TryGetProperty("checkedOn", out _));
        Assert.True(healthErrors.TryGetProperty("heightCm", out _));

        var history = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/history", new { from = "2010-01-01", to = "2009-01-01", description = "Công tác" });
        Assert.Equal(HttpStatusCode.BadRequest, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PutAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/assets/999999", new { year = "2024" })).StatusCode);

        var assets = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/assets", new { year = "2024", annualIncome = "150.000.000" });
        Assert.Equal(HttpStatusCode.Created, assets.StatusCode);
        Assert.Equal(150_000_000m, (await assets.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("annualIncome").GetDecimal());

        var record = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records/{id}?groups=basic,family,health");
        Assert.Equal(0, record.GetProperty("family").GetArrayLength());
        Assert.Equal(0, record.GetProperty("health").GetArrayLength());
    }

    [Fact]
    public async Task The_page_form_adds_a_health_check_with_antiforgery_and_answers_bad_input_in_vietnamese()
    {
        var id = await NewRecordAsync("001190000444");
        using var browser = await _f.BrowserAsync("hr", _f.SoA);
        var formUrl = $"/{_f.SoA}/admin/hr/records/{id}/health/new";
        var token = await RecordsFixture.TokenAsync(browser, formUrl);

        var noToken = await browser.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["CheckedOn"] = "01/05/2024" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var bad = await browser.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["CheckedOn"] = "", ["HeightCm"] = "999" }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Chưa nhập ngày khám.", page, StringComparison.Ordinal);
        Assert.Contains("Chiều cao (cm) phải là số nguyên từ 30 đến 250.", page, StringComparison.Ordinal);

        var good = await browser.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["CheckedOn"] = "01/05/2024", ["Status"] = "Tốt", ["HeightCm"] = "165" }));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var record = WebUtility.HtmlDecode(await browser.GetStringAsync($"/{_f.SoA}/admin/hr/records/{id}"));
        Assert.Contains("01/05/2024: Tốt", record, StringComparison.Ordinal);
        Assert.Contains($"/admin/hr/records/{id}/health/new", record, StringComparison.Ordinal);
    }

    private async Task<int> NewRecordAsync(string personalId)
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var created = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records", new { personalId, fullName = "Hoàng Minh Tâm", sex = "male", birthDate = "1985-06-01", status = "Active" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
