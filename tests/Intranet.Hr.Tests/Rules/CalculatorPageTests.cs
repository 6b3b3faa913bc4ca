using System.Net;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Rules;

/// <summary>The /hr/calculator page at the host and in a department.</summary>
public sealed class CalculatorPageTests : IClassFixture<CalculatorFixture>
{
    private readonly CalculatorFixture _fixture;

    public CalculatorPageTests(CalculatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var browser = _fixture.Factory.CreateBrowserClient();

        foreach (var url in new[] { "/hr/calculator", $"/{_fixture.Department}/hr/calculator" })
        {
            var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_host_page_shows_the_retirement_date_as_dd_mm_yyyy()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var page = await browser.GetStringAsync("/hr/calculator?form=retirement&birthDate=15%2F01%2F1961&sex=male");

        Assert.Contains("Ngày nghỉ hưu", page, StringComparison.Ordinal);
        Assert.Contains("30/04/2021", page, StringComparison.Ordinal);
        Assert.Contains("01/05/2021", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_computes_the_next_step_in_the_department()
    {
        using var browser = await _fixture.BrowserAsync(_fixture.Officer, CalculatorFixture.Password);

        var response = await browser.GetAsync($"/{_fixture.Department}/hr/calculator?form=step&scale=A1&step=9&since=01%2F05%2F2022");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("01/05/2025", page, StringComparison.Ordinal);
        Assert.Contains("5%", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_is_a_400_page_with_the_message_next_to_the_field()
    {
        using var browser = await _fixture.BrowserAsync(_fixture.Officer, CalculatorFixture.Password);

        var response = await browser.GetAsync($"/{_fixture.Department}/hr/calculator?form=retirement&birthDate=31%2F02%2F1970&sex=female");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", page, StringComparison.Ordinal);
        Assert.Contains("is-invalid", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_without_the_permission_is_refused()
    {
        using var browser = await _fixture.BrowserAsync(_fixture.Member, CalculatorFixture.Password);

        var response = await browser.GetAsync($"/{_fixture.Department}/hr/calculator");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("denied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }
}
