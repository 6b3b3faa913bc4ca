using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Intranet.BrowserTests;

/// <summary>An editor's day: publish an article in the admin theme, readers see it, the audit trail shows it and verifies.</summary>
public sealed class EditorTests : BrowserTest
{
    public EditorTests(BrowserFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public Task An_editor_publishes_news_and_the_audit_trail_records_it() => InPageAsync(async page =>
    {
        await page.GotoAsync("/so-tttt/admin/site/news/create");
        await SignInAsync(page, Intranet.Testing.IntranetFactory.AdminEmail, Fixture.Server.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Viết bài mới" })).ToBeVisibleAsync();
        await Expect(page.Locator("#admin-sidebar").GetByRole(AriaRole.Link, new() { Name = "Tin tức" })).ToBeVisibleAsync();

        // A bad date is refused with a message next to the field, and nothing is saved.
        await page.GetByLabel("Tiêu đề").FillAsync("Lịch tiếp công dân tháng 12");
        await page.GetByLabel("Ngày đăng (dd/MM/yyyy)").FillAsync("2026-12-01");
        await page.GetByLabel("Nội dung (Markdown)").FillAsync("**Lãnh đạo Sở** tiếp công dân vào thứ Năm hằng tuần.\n\n<script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng bài" }).ClickAsync();
        await Expect(page.Locator("#field-PublishedOn-error")).ToContainTextAsync("dd/MM/yyyy");
        await SnapAsync(page, "admin-news-invalid");

        await page.GetByLabel("Ngày đăng (dd/MM/yyyy)").FillAsync("01/11/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước" }).ClickAsync();
        await Expect(page.Locator("#field-Body-preview strong")).ToHaveTextAsync("Lãnh đạo Sở");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng bài" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Đã đăng bài viết.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Lịch tiếp công dân tháng 12" })).ToBeVisibleAsync();
        await SnapAsync(page, "admin-news-list");

        await page.GotoAsync("/so-tttt/news/lich-tiep-cong-dan-thang-12");
        await Expect(page.Locator("article.prose strong")).ToHaveTextAsync("Lãnh đạo Sở");
        Assert.Equal(0, await page.Locator("article.prose script").CountAsync());
        await Expect(page.Locator("article.prose")).ToContainTextAsync("01/11/2026");

        await page.GotoAsync("/so-tttt/admin/audit");
        await Expect(page.Locator("#audit-results")).ToContainTextAsync("news.created");
        await page.GetByLabel("Nội dung").FillAsync("lich-tiep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=lich-tiep"));
        await Expect(page.Locator("#audit-results tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tính toàn vẹn" }).ClickAsync();
        await Expect(page.Locator("#audit-verification")).ToContainTextAsync("Chuỗi nhật ký nguyên vẹn");
        await SnapAsync(page, "admin-audit");
    });
}
