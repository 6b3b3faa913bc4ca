using Intranet.Testing;

namespace Intranet.Learning.Tests.Catalogue;

/// <summary>
/// Two departments with their own learning feature, imported through the public API: in A a trainer and a member,
/// in B a member. Department A's recipe also runs the <c>courses</c> step (a department course with two text lessons).
/// </summary>
public sealed class CatalogueFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-hoc-tap-2026!";

    public IntranetFactory Factory { get; } = new();

    public string A { get; } = ApiClientExtensions.NewTenantName("hoc-a");

    public string B { get; } = ApiClientExtensions.NewTenantName("hoc-b");

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(A, """
            {"name":"accounts","accounts":[
              {"email":"gv@T.test","fullName":"Lê Văn Giảng","roles":["Trainer"],"home":true,"password":"PASSWORD"},
              {"email":"hv@T.test","fullName":"Nguyễn Thị Học","roles":["Member"],"home":true,"password":"PASSWORD"}]},
            {"name":"courses","courses":[{"title":"Soạn thảo văn bản hành chính","itModules":["IU03"],"level":"Basic","durationHours":8,"status":"Published",
              "sections":[{"title":"Phần 1","lessons":[{"title":"Thể thức văn bản","kind":"text","body":"# Thể thức\n\n<script>alert(1)</script> **Nghị định 30**"},{"title":"Trình bày","kind":"text","body":"Lề trên 20 mm."}]}],
              "enrolments":[{"email":"hv@T.test","completedLessons":1}]}]}
            """.Replace("@T.test", "@" + A + ".test", StringComparison.Ordinal));
        await ImportAsync(B, """
            {"name":"accounts","accounts":[{"email":"hv@T.test","fullName":"Trần Văn Khác","roles":["Member"],"home":true,"password":"PASSWORD"}]}
            """.Replace("@T.test", "@" + B + ".test", StringComparison.Ordinal));
    }

    public string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public Task<HttpClient> ClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    public async Task<HttpClient> BrowserAsync(string local, string tenant)
    {
        var browser = Factory.CreateBrowserClient();
        await browser.SignInAsync(Email(local, tenant), Password);
        return browser;
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task ImportAsync(string name, string steps)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"Đơn vị {{name}}","steps":[
              {"name":"feature","enable":["Intranet.Directory","Intranet.Learning.Department"]},
              {{steps.Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString("Đơn vị " + name)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
