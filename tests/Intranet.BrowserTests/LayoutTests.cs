using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intranet.BrowserTests;

/// <summary>The layout as a person uses it: Vietnamese by default, a working language switch, keyboard access.</summary>
public sealed class LayoutTests : BrowserTest
{
    public LayoutTests(BrowserFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public Task The_host_home_page_renders_in_Vietnamese_with_the_departments() => InPageAsync(async page =>
    {
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Cổng thông tin nội bộ");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sở Thông tin và Truyền thông" })).ToBeVisibleAsync();
        await Expect(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        // The theme's stylesheet is served (a broken asset path would leave the page unstyled).
        var background = await page.Locator(".site-banner").EvaluateAsync<string>("e => getComputedStyle(e).backgroundImage");
        Assert.Contains("gradient", background);
    });

    [Fact]
    public Task The_language_switch_shows_English_and_back_Vietnamese() => InPageAsync(async page =>
    {
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("intranet portal");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Departments" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "VI", Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Các đơn vị" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task The_skip_link_takes_keyboard_focus_to_the_search_box() => InPageAsync(async page =>
    {
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var toSearch = page.GetByRole(AriaRole.Link, new() { Name = "Đến ô tìm kiếm" });
        await Expect(toSearch).ToBeFocusedAsync();
        await Expect(toSearch).ToBeVisibleAsync(); // a skip link shows itself when focused

        await page.Keyboard.PressAsync("Enter");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Tìm cán bộ, đơn vị" });
        await Expect(search).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Nguyễn");
        await Expect(search).ToHaveValueAsync("Nguyễn");
        Assert.Equal("/directory", await page.Locator("form[role=search]").First.GetAttributeAsync("action"));
    });

    [Fact]
    public Task A_signed_in_member_reads_the_department_site_and_its_news() => InPageAsync(async page =>
    {
        await page.GotoAsync("/so-tttt/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Fso-tttt%2F$"));

        await SignInAsync(page, Intranet.Testing.IntranetFactory.AdminEmail, Fixture.Server.AdminPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/so-tttt/$"));
        await Expect(page.Locator(".site-name")).ToHaveTextAsync("Sở Thông tin và Truyền thông");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tin mới" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Danh bạ cán bộ" })).ToBeVisibleAsync();
        await SnapAsync(page, "department-home");

        await page.Locator("article h3 a").First.ClickAsync();
        await Expect(page.Locator("article.prose h1")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/so-tttt/news/[a-z0-9-]+$"));
    });
}
