using System.Net;

namespace Intranet.Site.Tests;

/// <summary>Who may read a department's site, and what readers see.</summary>
public sealed class SiteReadingTests : IClassFixture<SiteFixture>
{
    private readonly SiteFixture _site;

    public SiteReadingTests(SiteFixture site) => _site = site;

    [Theory]
    [InlineData("/")]
    [InlineData("/news")]
    [InlineData("/news/tin-da-dang")]
    [InlineData("/pages/gioi-thieu")]
    public async Task An_anonymous_visitor_of_a_department_is_sent_to_sign_in_and_back(string path)
    {
        var response = await _site.Anonymous().GetAsync($"/{_site.TenantA}{path}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{_site.TenantA}/account/login?ReturnUrl={Uri.EscapeDataString($"/{_site.TenantA}{path}")}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_account_that_is_not_a_member_gets_403_and_no_content()
    {
        var member = await _site.MemberAsync();

        var response = await member.GetAsync($"/{_site.TenantB}/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Không có quyền truy cập", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/{_site.TenantB}/news")).StatusCode);
    }

    [Fact]
    public async Task A_member_sees_the_welcome_the_published_news_and_the_quick_links()
    {
        var member = await _site.MemberAsync();

        var html = await member.GetStringAsync($"/{_site.TenantA}/");

        Assert.Contains("Chào mừng đến trang nội bộ của Sở A", html);
        Assert.Contains("Sở A quản lý mọi việc của tỉnh.", html);
        Assert.Contains($"href=\"/{_site.TenantA}/news/tin-da-dang\"", html);
        Assert.DoesNotContain("Tin hẹn đăng", html); // dated 2099: scheduled, not published yet
        Assert.Contains("href=\"/directory\"", html); // a province-wide link stays at the root
        Assert.Contains($"href=\"/{_site.TenantA}/pages/gioi-thieu\"", html); // "~/" links stay in the department
        Assert.Contains("<html lang=\"vi\">", html);
    }

    [Fact]
    public async Task News_is_rendered_from_Markdown_and_hostile_markup_is_removed()
    {
        var member = await _site.MemberAsync();

        var good = await member.GetStringAsync($"/{_site.TenantA}/news/tin-da-dang");
        var bad = await member.GetStringAsync($"/{_site.TenantA}/news/tin-co-ma-doc");

        Assert.Contains("<strong>Nội dung</strong> chính.", good);
        Assert.Contains("01/02/2026", good);
        var start = bad.IndexOf("<article", StringComparison.Ordinal);
        var article = bad[start..bad.IndexOf("</article>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("<script", article, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", article, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", article, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Xin chào", bad);
    }

    [Fact]
    public async Task A_scheduled_or_unknown_article_is_a_404_page()
    {
        var member = await _site.MemberAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/{_site.TenantA}/news/tin-hen-dang")).StatusCode);
        var missing = await member.GetAsync($"/{_site.TenantA}/pages/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy trang", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_is_shown_with_its_Markdown_headings()
    {
        var member = await _site.MemberAsync();

        var html = await member.GetStringAsync($"/{_site.TenantA}/pages/gioi-thieu");

        Assert.Contains("<h2", html);
        Assert.Contains("Chức năng", html);
        Assert.Contains("Tham mưu cho UBND tỉnh.", html);
    }

    [Fact]
    public async Task The_province_portal_is_open_and_lists_running_departments()
    {
        var html = await _site.Anonymous().GetStringAsync("/");

        Assert.Contains("Sở A", html);
        Assert.Contains($"href=\"/{_site.TenantA}/\"", html);
        Assert.Contains($"href=\"/{_site.TenantB}/\"", html);
        Assert.Contains("form role=\"search\" action=\"/directory\"", html);
        Assert.Contains("hx-get=\"/directory/typeahead\"", html);
    }

    [Fact]
    public async Task English_readers_get_the_English_interface()
    {
        var member = await _site.MemberAsync();
        member.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-GB%7Cuic%3Den-GB");

        var html = await member.GetStringAsync($"/{_site.TenantA}/");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Welcome to the intranet of Sở A", html);
        Assert.Contains("Latest news", html);
    }
}
