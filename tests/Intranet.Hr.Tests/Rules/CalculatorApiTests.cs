using System.Net;
using System.Text.Json;

namespace Intranet.Hr.Tests.Rules;

/// <summary>GET /api/hr/rules/retirement and /next-step, at the host and in a department.</summary>
public sealed class CalculatorApiTests : IClassFixture<CalculatorFixture>
{
    private readonly CalculatorFixture _fixture;

    public CalculatorApiTests(CalculatorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("1961-01-15", "male", "2021-04-30", 60, 3)]
    [InlineData("1969-04-30", "female", "2025-12-31", 56, 8)]
    [InlineData("1963", "male", "2023-10-31", 60, 9)]          // birth year only → 01/01
    [InlineData("31/10/1975", "female", "2035-10-31", 60, 0)]  // dd/MM/yyyy is accepted too
    public async Task The_host_answers_the_retirement_date_and_the_age_applied(string birthDate, string sex, string date, int years, int months)
    {
        var body = await GetJsonAsync(_fixture.Admin, $"/api/hr/rules/retirement?birthDate={Uri.EscapeDataString(birthDate)}&sex={sex}");

        Assert.Equal(date, body.GetProperty("retirementDate").GetString());
        Assert.Equal(years, body.GetProperty("age").GetProperty("years").GetInt32());
        Assert.Equal(months, body.GetProperty("age").GetProperty("months").GetInt32());
    }

    [Fact]
    public async Task The_next_step_is_36_months_later_with_the_coefficient_of_table_2()
    {
        var body = await GetJsonAsync(_fixture.Admin, "/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01");

        Assert.Equal("2026-07-01", body.GetProperty("dueDate").GetString());
        Assert.Equal(4, body.GetProperty("step").GetInt32());
        Assert.Equal(3.33m, body.GetProperty("coefficient").GetDecimal());
        Assert.Equal(0, body.GetProperty("exceedingPercent").GetInt32());
    }

    [Fact]
    public async Task Extensions_early_months_and_the_exceeding_allowance_are_applied()
    {
        var extended = await GetJsonAsync(_fixture.Admin, "/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01&extensionMonths=12&earlyMonths=0");
        var early = await GetJsonAsync(_fixture.Admin, "/api/hr/rules/next-step?scale=B&step=1&since=2024-01-15&earlyMonths=12");
        var top = await GetJsonAsync(_fixture.Admin, "/api/hr/rules/next-step?scale=A1&step=9&since=2025-05-01&exceedingPercent=5");

        Assert.Equal("2027-07-01", extended.GetProperty("dueDate").GetString());
        Assert.Equal("2025-01-15", early.GetProperty("dueDate").GetString());
        Assert.Equal("2026-05-01", top.GetProperty("dueDate").GetString());
        Assert.Equal(6, top.GetProperty("exceedingPercent").GetInt32());
        Assert.Equal(4.98m, top.GetProperty("coefficient").GetDecimal());
    }

    [Theory]
    [InlineData("/api/hr/rules/retirement?birthDate=1961-02-30&sex=male", "birthDate")]
    [InlineData("/api/hr/rules/retirement?birthDate=hôm-qua&sex=female", "birthDate")]
    [InlineData("/api/hr/rules/retirement?sex=female", "birthDate")]
    [InlineData("/api/hr/rules/retirement?birthDate=1961-01-15&sex=x", "sex")]
    [InlineData("/api/hr/rules/retirement?birthDate=1800-01-01&sex=male", "birthDate")]
    [InlineData("/api/hr/rules/next-step?scale=Z9&step=1&since=2024-01-01", "scale")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=10&since=2024-01-01", "step")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=-1&since=2024-01-01", "step")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3&since=2023-13-01", "since")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3", "since")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01&earlyMonths=13", "earlyMonths")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01&extensionMonths=abc", "extensionMonths")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01&exceedingPercent=5", "exceedingPercent")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=99999999999999999999&since=2023-07-01", "step")]
    public async Task Bad_input_is_a_400_problem_in_vietnamese_naming_the_field(string url, string field)
    {
        var response = await _fixture.Admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = body.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Matches("[ảạăâđêôơưếệốộớờ]", message!.ToLowerInvariant() + body.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/hr/rules/retirement?birthDate=1961-01-15&sex=male")]
    [InlineData("/api/hr/rules/next-step?scale=A1&step=3&since=2023-07-01")]
    public async Task Anonymous_callers_get_401_at_the_host_and_in_the_department(string url)
    {
        using var anonymous = _fixture.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/{_fixture.Department}{url}")).StatusCode);
    }

    [Fact]
    public async Task An_hr_officer_uses_it_in_the_department_and_a_plain_member_may_not()
    {
        using var officer = await _fixture.ApiAsync(_fixture.Officer);
        using var member = await _fixture.ApiAsync(_fixture.Member);
        var url = $"/{_fixture.Department}/api/hr/rules/retirement?birthDate=1966-04-01&sex=male";

        var body = await GetJsonAsync(officer, url);
        var refused = await member.GetAsync(url);

        Assert.Equal("2028-04-30", body.GetProperty("retirementDate").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Answers_are_not_cached()
    {
        var response = await _fixture.Admin.GetAsync("/api/hr/rules/retirement?birthDate=1961-01-15&sex=male");

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
