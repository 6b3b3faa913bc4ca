using System.Net.Http.Json;
using System.Text;
using Intranet.Testing;

namespace Intranet.Site.Tests;

/// <summary>
/// One host for the test class with two departments set up from recipes through the public API:
/// "A" with a member who has a password, news (one with hostile Markdown) and a page; "B" that this member does not belong to.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string MemberEmail = "thanhvien@so-a.test";
    public const string MemberPassword = "Mua-xuan-Binh-An-7391";

    public IntranetFactory Factory { get; } = new();

    public string TenantA { get; } = ApiClientExtensions.NewTenantName("so-a");

    public string TenantB { get; } = ApiClientExtensions.NewTenantName("so-b");

    public async Task InitializeAsync()
    {
        var admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(admin, TenantA, "Sở A", $$"""
            {
              "name": "site-test",
              "steps": [
                { "name": "feature", "enable": [ "Intranet.Site" ] },
                { "name": "theme", "site": "Department" },
                { "name": "accounts", "accounts": [
                  { "email": "{{IntranetFactory.AdminEmail}}", "fullName": "Quản trị", "roles": [ "Administrator" ], "home": false },
                  { "email": "{{MemberEmail}}", "fullName": "Nguyễn Thị Thành Viên", "roles": [ "Member" ], "home": true, "password": "{{MemberPassword}}" }
                ] },
                { "name": "site", "description": "Sở A quản lý mọi việc của tỉnh.", "quickLinks": [ { "text": "Danh bạ", "url": "/directory" }, { "text": "Giới thiệu", "url": "~/pages/gioi-thieu" } ] },
                { "name": "content",
                  "news": [
                    { "title": "Tin đã đăng", "summary": "Tóm tắt tin.", "body": "**Nội dung** chính.", "date": "01/02/2026" },
                    { "title": "Tin có mã độc", "body": "Xin chào <script>alert('x')</script> [bấm](javascript:alert(1)) <img src=x onerror=alert(2)>", "date": "02/02/2026" },
                    { "title": "Tin hẹn đăng", "body": "Chưa đến ngày.", "date": "01/01/2099" }
                  ],
                  "pages": [ { "title": "Giới thiệu", "slug": "gioi-thieu", "body": "## Chức năng\n\nTham mưu cho UBND tỉnh." } ] }
              ]
            }
            """);
        await admin.CreateTenantAsync(TenantB, "department", "Sở B");
    }

    public HttpClient Anonymous() => Factory.CreateBrowserClient();

    public async Task<HttpClient> MemberAsync()
    {
        var client = Factory.CreateBrowserClient();
        await client.SignInAsync(MemberEmail, MemberPassword);
        return client;
    }

    public async Task<HttpClient> AdminAsync()
    {
        var client = Factory.CreateBrowserClient();
        await client.SignInAsync(IntranetFactory.AdminEmail, Factory.AdminPassword);
        return client;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    private static async Task ImportAsync(HttpClient admin, string name, string displayName, string recipe)
    {
        var response = await admin.PostAsync($"/api/tenants/import?name={name}&prefix={name}&displayName={Uri.EscapeDataString(displayName)}", new StringContent(recipe, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"import answered {(int)response.StatusCode}: {body}");
    }
}
