using System.Net;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Site.Tests;

/// <summary>Editors change the site through the admin forms; members cannot; bad input is refused with a message.</summary>
public sealed class SiteEditingTests : IClassFixture<SiteFixture>
{
    private readonly SiteFixture _site;

    public SiteEditingTests(SiteFixture site) => _site = site;

    private string Admin(string path) => $"/{_site.TenantA}/admin/site{path}";

    [Fact]
    public async Task An_administrator_publishes_an_article_that_members_then_read()
    {
        var admin = await _site.AdminAsync();

        var response = await admin.PostFormAsync(Admin("/news/create"), Admin("/news/create"),
            ("Title", "Thông báo nghỉ Tết Nguyên đán"), ("PublishedOn", "03/02/2026"), ("Summary", "Lịch nghỉ."), ("Body", "Nghỉ từ **ngày 14/02**."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await _site.MemberAsync();
        var html = await member.GetStringAsync($"/{_site.TenantA}/news/thong-bao-nghi-tet-nguyen-dan");
        Assert.Contains("<strong>ngày 14/02</strong>", html);
        Assert.Contains("Quản trị", html); // the author is the signed-in editor
    }

    [Fact]
    public async Task A_bad_date_or_a_missing_title_is_refused_with_Vietnamese_messages_and_nothing_is_saved()
    {
        var admin = await _site.AdminAsync();

        var response = await admin.PostFormAsync(Admin("/news/create"), Admin("/news/create"),
            ("Title", ""), ("PublishedOn", "31/02/2026"), ("Body", "Nội dung thử nghiệm không lưu"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nhập tiêu đề.", html);
        Assert.Contains("Ngày đăng phải có dạng dd/MM/yyyy", html);
        Assert.Contains("Nội dung thử nghiệm không lưu", html); // what was typed is kept
        Assert.DoesNotContain("Nội dung thử nghiệm không lưu", await admin.GetStringAsync(Admin("/news")));
    }

    [Fact]
    public async Task A_slug_already_used_is_refused()
    {
        var admin = await _site.AdminAsync();

        var response = await admin.PostFormAsync(Admin("/pages/create"), Admin("/pages/create"),
            ("Title", "Trang trùng"), ("Slug", "gioi-thieu"), ("Body", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Đường dẫn này đã được một trang khác dùng.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_without_the_permission_cannot_open_or_post_the_editors()
    {
        var member = await _site.MemberAsync();

        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(Admin("/news"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync(Admin("/settings"))).StatusCode);

        // Post with a valid token from a page the member may see: still refused, nothing saved.
        var post = await member.PostFormAsync($"/{_site.TenantA}/", Admin("/news/create"), ("Title", "Tin lén đăng"), ("Body", "x"));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)post.StatusCode}");
        Assert.DoesNotContain("Tin lén đăng", await member.GetStringAsync($"/{_site.TenantA}/news"));
    }

    [Fact]
    public async Task Quick_links_with_a_javascript_address_are_refused()
    {
        var admin = await _site.AdminAsync();

        var response = await admin.PostFormAsync(Admin("/settings"), Admin("/settings"),
            ("Description", "Mô tả mới"), ("QuickLinks", "Danh bạ | /directory\nBẫy | javascript:alert(1)"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("địa chỉ bắt đầu bằng ~/, / hoặc https://", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Mô tả mới", await admin.GetStringAsync($"/{_site.TenantA}/"));
    }

    [Fact]
    public async Task The_export_carries_the_site_and_its_content_as_recipe_steps()
    {
        var api = await _site.Factory.CreateAdminApiClientAsync();

        using var export = JsonDocument.Parse(await api.GetStringAsync($"/api/tenants/{_site.TenantA}/export"));

        var steps = export.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var site = steps.Single(s => s.GetProperty("name").GetString() == "site");
        var content = steps.Single(s => s.GetProperty("name").GetString() == "content");
        Assert.Equal("Sở A quản lý mọi việc của tỉnh.", site.GetProperty("description").GetString());
        Assert.Contains(content.GetProperty("news").EnumerateArray(), n => n.GetProperty("slug").GetString() == "tin-da-dang" && n.GetProperty("date").GetString() == "01/02/2026");
        Assert.Contains(content.GetProperty("pages").EnumerateArray(), p => p.GetProperty("slug").GetString() == "gioi-thieu");
    }
}
