using Intranet.Testing;

namespace Intranet.Hr.Tests.Rules;

/// <summary>
/// The whole host with one department that has HR on: an HR officer (UseHrCalculator) and a plain member (not).
/// The host's own recipe has already loaded the code lists (step hr-codelists).
/// </summary>
public sealed class CalculatorFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";

    public IntranetFactory Factory { get; } = new();

    public string Department { get; } = ApiClientExtensions.NewTenantName("so-noi-vu");

    public HttpClient Admin { get; private set; } = null!;

    public string Officer => $"canbo@{Department}.test";

    public string Member => $"nhanvien@{Department}.test";

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        var recipe = $$"""
            {"name":"test-hr","displayName":"Sở Nội vụ","steps":[
              {"name":"feature","enable":["Intranet.Directory","Intranet.Hr"]},
              {"name":"accounts","accounts":[
                {"email":"{{Officer}}","fullName":"Nguyễn Thị Tổ Chức","roles":["HrOfficer"],"home":true,"password":"{{Password}}"},
                {"email":"{{Member}}","fullName":"Trần Văn Thường","roles":["Member"],"home":true,"password":"{{Password}}"}]}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={Department}&displayName={Uri.EscapeDataString("Sở Nội vụ")}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public Task<HttpClient> ApiAsync(string email) => Factory.CreateApiClientAsync(email, Password);

    public async Task<HttpClient> BrowserAsync(string email, string password)
    {
        var client = Factory.CreateBrowserClient();
        await client.SignInAsync(email, password);
        return client;
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
