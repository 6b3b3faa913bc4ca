using System.Text.RegularExpressions;
using Intranet.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intranet.BrowserTests;

/// <summary>
/// The province administrator's path: sign in, create a department from the department recipe in the admin UI,
/// open it at its prefix, read it in English, and switch back to Vietnamese.
/// </summary>
public sealed class TenantCreationTests : BrowserTest
{
    public TenantCreationTests(BrowserFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public Task The_administrator_creates_a_department_and_reads_it_in_both_languages() => InPageAsync(async page =>
    {
        var name = ApiClientExtensions.NewTenantName("so-khcn");

        await page.GotoAsync("/admin/tenants");
        await SignInAsync(page, IntranetFactory.AdminEmail, Fixture.Server.AdminPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/admin/tenants$"));
        await page.GotoAsync("/admin/tenants/create");

        await page.GetByLabel("Mã đơn vị").FillAsync(name);
        await page.GetByLabel("Tên đơn vị").FillAsync("Sở Khoa học và Công nghệ");
        await page.GetByLabel("Tiền tố đường dẫn").FillAsync(name);
        await page.GetByLabel("Công thức khởi tạo").SelectOptionAsync("department");
        await page.GetByLabel("Email người quản trị đơn vị").FillAsync(IntranetFactory.AdminEmail);
        await SnapAsync(page, "tenant-create-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo và khởi tạo" }).ClickAsync();

        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã tạo và khởi tạo đơn vị.", new() { Timeout = 60_000 });
        await Expect(page.GetByText("Sở Khoa học và Công nghệ").First).ToBeVisibleAsync();
        await SnapAsync(page, "tenant-created");

        await page.GotoAsync($"/{name}/");
        await Expect(page.Locator(".site-name")).ToHaveTextAsync("Sở Khoa học và Công nghệ");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chào mừng đến trang nội bộ của Sở Khoa học và Công nghệ" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/{name}/$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to the intranet of Sở Khoa học và Công nghệ" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeAttachedAsync();
        await Expect(page.Locator("#site-menu")).ToContainTextAsync("News", new() { IgnoreCase = true });
        await SnapAsync(page, "tenant-english");

        await page.GetByRole(AriaRole.Link, new() { Name = "VI", Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chào mừng đến trang nội bộ của Sở Khoa học và Công nghệ" })).ToBeVisibleAsync();
    });
}
