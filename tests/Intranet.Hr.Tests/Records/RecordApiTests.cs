using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intranet.Core.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Records;

/// <summary>The records API: "as of" views, bad input as problem+json 4xx, events and the Core interface.</summary>
[Collection(RecordsCollection.Name)]
public sealed class RecordApiTests
{
    private readonly RecordsFixture _f;

    public RecordApiTests(RecordsFixture fixture) => _f = fixture;

    [Fact]
    public async Task The_as_of_view_returns_the_old_step_before_a_later_step_row()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var url = $"/{_f.SoA}/api/hr/records/{_f.RecordId}";

        var before = await hr.GetFromJsonAsync<JsonElement>(url + "?asOf=2022-12-31");
        var after = await hr.GetFromJsonAsync<JsonElement>(url + "?asOf=2023-01-01");
        var today = await hr.GetFromJsonAsync<JsonElement>(url);
        var beforeAny = await hr.GetFromJsonAsync<JsonElement>(url + "?asOf=2019-06-30");

        Assert.Equal(3, before.GetProperty("salary").GetProperty("step").GetInt32());
        Assert.Equal(3.00m, before.GetProperty("salary").GetProperty("coefficient").GetDecimal());
        Assert.Equal(1, before.GetProperty("salaryHistory").GetArrayLength());
        Assert.Equal(4, after.GetProperty("salary").GetProperty("step").GetInt32());
        Assert.Equal(3.33m, today.GetProperty("salary").GetProperty("coefficient").GetDecimal());
        Assert.Equal("regularStep", today.GetProperty("salary").GetProperty("kind").GetString());
        Assert.Equal("30/QĐ-SNV", today.GetProperty("salary").GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, beforeAny.GetProperty("salary").ValueKind);

        // The list's rank is "as of" its date too.
        var list = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records?asOf=2021-05-05&rank=01.003");
        Assert.Equal(3, list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == _f.RecordId).GetProperty("step").GetInt32());
    }

    [Fact]
    public async Task Name_search_folds_vietnamese_and_filters_by_status()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);

        var folded = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records?q=nguyen%20hong");
        var miss = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records?q=tran");
        var retired = await hr.GetFromJsonAsync<JsonElement>($"/{_f.SoA}/api/hr/records?status=Retired");

        Assert.Contains(folded.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == _f.RecordId);
        Assert.DoesNotContain(miss.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == _f.RecordId);
        Assert.DoesNotContain(retired.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == _f.RecordId);
    }

    [Theory]
    [InlineData("GET", "?asOf=31/02/2020", null)]
    [InlineData("GET", "?asOf=abc", null)]
    [InlineData("GET", "?groups=salaries", null)]
    [InlineData("GET", "?groups=1", null)]
    [InlineData("PUT", "", """{"personalId":"12345","fullName":"Nguyễn Thị Hồng","sex":"female","birthDate":"1985-03-15"}""")]
    [InlineData("PUT", "", """{"personalId":"001185012345","fullName":"","sex":"x","birthDate":"31/02/1980"}""")]
    [InlineData("PUT", "", """{"personalId":12}""")]
    [InlineData("PUT", "", """{not json""")]
    [InlineData("PUT", "", "")]
    [InlineData("POST", "/salary", """{"effectiveFrom":"2024-13-01","rankCode":"01.003","scaleCode":"A1","step":"3"}""")]
    [InlineData("POST", "/salary", """{"effectiveFrom":"2024-01-01","rankCode":"01.003","scaleCode":"A1","step":"99","coefficient":"abc"}""")]
    [InlineData("POST", "/ratings", """{"effectiveFrom":"2024-01-01","year":"2023","rating":"3"}""")]
    [InlineData("POST", "/postings", """{"effectiveFrom":"2024-01-01"}""")]
    [InlineData("POST", "/allowances", """{"effectiveFrom":"2024-01-01","allowanceKind":"chuc-vu"}""")]
    [InlineData("POST", "/qualifications", """{"effectiveFrom":"2024-01-01","qualificationKind":"Cooking","level":"B"}""")]
    public async Task Bad_input_is_a_400_problem_in_vietnamese_never_a_500(string method, string suffix, string? body)
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var request = new HttpRequestMessage(new HttpMethod(method), $"/{_f.SoA}/api/hr/records/{_f.RecordId}{suffix}");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await hr.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Unknown_records_and_kinds_are_404_and_a_duplicate_personal_id_is_409()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var a = $"/{_f.SoA}/api/hr/records";

        Assert.Equal(HttpStatusCode.NotFound, (await hr.GetAsync($"{a}/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PutAsJsonAsync($"{a}/987654", new { personalId = "001185000001", fullName = "A", sex = "male", birthDate = "1980-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PostAsJsonAsync($"{a}/987654/awards", new { effectiveFrom = "2024-01-01", form = "Bằng khen" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hr.PostAsJsonAsync($"{a}/{_f.RecordId}/luong", new { effectiveFrom = "2024-01-01" })).StatusCode);
        var duplicate = await hr.PostAsJsonAsync(a, new { personalId = RecordsFixture.PersonalId, fullName = "Người Khác", sex = "male", birthDate = "1980-01-01" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("application/problem+json", duplicate.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cccd_that_disagrees_with_sex_is_saved_with_a_warning_and_a_salary_row_takes_its_coefficient_from_the_code_lists()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);

        // Digit 4 is 0 (a man born in the 1900s) but the record says female: a warning, never a block.
        var created = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records", new { personalId = "001085099999", fullName = "Lý Thị Cảnh Báo", sex = "female", birthDate = "1985-01-20" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEmpty(body.GetProperty("warnings").EnumerateArray());
        var id = body.GetProperty("id").GetInt32();

        var row = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/salary", new { effectiveFrom = "2024-01-01", rankCode = "01.003", step = "2" });
        Assert.Equal(HttpStatusCode.Created, row.StatusCode);
        var salary = await row.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A1", salary.GetProperty("scaleCode").GetString());
        Assert.Equal(2.67m, salary.GetProperty("coefficient").GetDecimal());
        Assert.Equal("2024-01-01", salary.GetProperty("stepSince").GetString());

        var unknown = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/salary", new { effectiveFrom = "2024-01-01", rankCode = "99.999", step = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Changes_raise_events_for_other_modules_and_the_core_interface_answers_as_of_a_date()
    {
        using var hr = await _f.ClientAsync("hr", _f.SoA);
        var created = await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records", new { personalId = "079190000123", fullName = "Trần Văn Sự Kiện", sex = "nam", birthDate = "15/06/1990", status = "Probation" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/postings", new { effectiveFrom = "2024-02-01", unitId = "phong-ke-toan", unitName = "Phòng Kế toán", post = "Kế toán viên" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await hr.PostAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}/qualifications", new { effectiveFrom = "2015-05-01", qualificationKind = "InformationTechnology", level = "co-ban" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.PutAsJsonAsync($"/{_f.SoA}/api/hr/records/{id}", new { personalId = "079190000123", fullName = "Trần Văn Sự Kiện", sex = "male", birthDate = "1990-06-15", status = "Active" })).StatusCode);

        var events = _f.Factory.Events.Events.Where(e => e.Record.RecordId == id && e.Record.TenantName == _f.SoA).ToList();
        Assert.Equal([StaffChange.Created, StaffChange.CareerChanged, StaffChange.CareerChanged, StaffChange.Updated], events.Select(e => e.Change));
        Assert.Equal("Phòng Kế toán", events[^1].Record.UnitName);
        Assert.Equal("co-ban", events[^1].Record.ItLevel);
        Assert.Equal(StaffStatus.Active, events[^1].Record.Status);

        var staff = _f.Factory.Services.GetRequiredService<IStaffRecords>();
        var all = await staff.ListAsync(_f.SoA);
        Assert.Equal("01.003", all.Single(s => s.RecordId == _f.RecordId).RankCode);
        Assert.Null((await staff.ListAsync(_f.SoA, new DateOnly(2019, 1, 1))).Single(s => s.RecordId == _f.RecordId).RankCode);
        Assert.True(await staff.CountOnStaffAsync(_f.SoA) >= 2);
        Assert.Equal(0, await staff.CountOnStaffAsync(_f.SoB));
        Assert.Empty(await staff.ListAsync("khong-co"));
    }
}
