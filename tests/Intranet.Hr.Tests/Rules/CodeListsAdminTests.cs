using System.Net;
using Intranet.Hr.Rules;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Rules;

/// <summary>/admin/hr/code-lists at the host: the recipe's lists are stored, a new base salary and a new version can be added.</summary>
public sealed class CodeListsAdminTests : IClassFixture<CalculatorFixture>
{
    private readonly CalculatorFixture _fixture;

    public CodeListsAdminTests(CalculatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task The_host_recipe_stored_the_shipped_lists_with_their_sources()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var index = await browser.GetStringAsync("/admin/hr/code-lists");
        var scales = await browser.GetStringAsync("/admin/hr/code-lists/salary-scales");

        Assert.Contains("Nghị định 204/2004/NĐ-CP", index, StringComparison.Ordinal);
        Assert.Contains("NĐ 161/2026/NĐ-CP", index, StringComparison.Ordinal);
        Assert.Contains("?version=", scales, StringComparison.Ordinal);   // a stored version, not the fallback
        Assert.Contains("4.98", scales, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_base_salary_applies_from_its_date_and_history_stays()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var response = await browser.PostFormAsync("/admin/hr/code-lists", "/admin/hr/code-lists/base-salary",
            ("validFrom", "01/07/2028"), ("amount", "2.800.000"), ("instrument", "NĐ thử nghiệm/2028/NĐ-CP"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lists = await _fixture.Factory.Services.GetRequiredService<ICodeLists>().CurrentAsync();
        Assert.Equal(2_800_000m, lists.BaseSalaryOn(new DateOnly(2028, 7, 1))?.Amount);
        Assert.Equal(2_530_000m, lists.BaseSalaryOn(new DateOnly(2028, 6, 30))?.Amount);
        Assert.Equal(290_000m, lists.BaseSalaryOn(new DateOnly(2005, 1, 1))?.Amount);
    }

    [Theory]
    [InlineData("31/02/2027", "2530000", "NĐ x", "dd/MM/yyyy")]
    [InlineData("01/07/2027", "-5", "NĐ x", "số đồng")]
    [InlineData("01/07/2027", "2530000", "", "văn bản")]
    public async Task A_bad_base_salary_is_refused_in_vietnamese(string from, string amount, string instrument, string message)
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var response = await browser.PostFormAsync("/admin/hr/code-lists", "/admin/hr/code-lists/base-salary",
            ("validFrom", from), ("amount", amount), ("instrument", instrument));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_version_of_a_list_replaces_the_current_one_from_its_date()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);
        var items = "00 | Không | | | | Không theo tôn giáo nào\n01 | Phật giáo\n15 | Tôn giáo thử nghiệm";

        var response = await browser.PostFormAsync("/admin/hr/code-lists/religions/new", "/admin/hr/code-lists/religions/new",
            ("Name", "Danh mục tôn giáo"), ("Version", "Thử nghiệm 2026"), ("Source", "Văn bản thử nghiệm"),
            ("ValidFrom", "01/01/2026"), ("Items", items));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var lists = await _fixture.Factory.Services.GetRequiredService<ICodeLists>().CurrentAsync();
        Assert.Equal("Thử nghiệm 2026", lists.List(CodeListKeys.Religions)?.Version);
        Assert.Equal("15", lists.Find(CodeListKeys.Religions, "Tôn giáo thử nghiệm")?.Code);
    }

    [Fact]
    public async Task A_version_with_duplicate_codes_or_bad_coefficients_is_refused()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var duplicate = await browser.PostFormAsync("/admin/hr/code-lists/religions/new", "/admin/hr/code-lists/religions/new",
            ("Name", "Tôn giáo"), ("Version", "x"), ("Source", "y"), ("ValidFrom", "01/01/2026"), ("Items", "01 | A\n01 | B"));
        var falling = await browser.PostFormAsync("/admin/hr/code-lists/salary-scales/new", "/admin/hr/code-lists/salary-scales/new",
            ("Name", "Bảng 2"), ("Version", "x"), ("Source", "y"), ("ValidFrom", "01/01/2026"), ("Items", "A1 | Loại A1 | | 2.34;2.00 | 36"));

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("bị trùng", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, falling.StatusCode);
        Assert.Contains("tăng dần", await falling.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("A1", (await _fixture.Factory.Services.GetRequiredService<ICodeLists>().CurrentAsync()).FindScale("A1")?.Code);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var response = await browser.PostAsync("/admin/hr/code-lists/base-salary", new FormUrlEncodedContent(
            [new("validFrom", "01/07/2029"), new("amount", "9000000"), new("instrument", "giả mạo")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lists = await _fixture.Factory.Services.GetRequiredService<ICodeLists>().CurrentAsync();
        Assert.NotEqual(9_000_000m, lists.BaseSalaryOn(new DateOnly(2029, 7, 1))?.Amount);
    }

    [Fact]
    public async Task A_department_officer_may_not_manage_the_code_lists()
    {
        using var browser = await _fixture.BrowserAsync(_fixture.Officer, CalculatorFixture.Password);

        var atHost = await browser.GetAsync("/admin/hr/code-lists");
        var inDepartment = await browser.GetAsync($"/{_fixture.Department}/admin/hr/code-lists");

        Assert.NotEqual(HttpStatusCode.OK, atHost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inDepartment.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var browser = _fixture.Factory.CreateBrowserClient();

        var response = await browser.GetAsync("/admin/hr/code-lists");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_blank_list_key_or_an_empty_form_key_is_a_404_not_a_500()
    {
        using var browser = await _fixture.BrowserAsync(IntranetFactory.AdminEmail, _fixture.Factory.AdminPassword);

        var blank = await browser.GetAsync("/admin/hr/code-lists/%20/new");
        var emptyFormKey = await browser.PostFormAsync("/admin/hr/code-lists/religions/new", "/admin/hr/code-lists/thu/new",
            ("Key", ""), ("Name", "x"), ("Version", "x"), ("Source", "x"), ("ValidFrom", "01/01/2026"), ("Items", "01 | A"));

        Assert.Equal(HttpStatusCode.NotFound, blank.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, emptyFormKey.StatusCode);
        Assert.Null(ShippedCodeLists.Set.List(null));
    }
}
