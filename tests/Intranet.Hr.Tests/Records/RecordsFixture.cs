using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.Hr.Tests.Records;

/// <summary>
/// Two departments with HR on, imported through the public API: in A an HR officer, an administrator (basic view
/// only, no sensitive group), a clerk (role HrClerk: basic view and edit, no sensitive group) and a member; in B an HR officer. A holds one record with two salary rows (step 3
/// from 01/01/2020, step 4 from 01/01/2023).
/// </summary>
public sealed partial class RecordsFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";
    public const string PersonalId = "001185012345";

    public RecordsFactory Factory { get; } = new();

    public string SoA { get; } = ApiClientExtensions.NewTenantName("hr-a");

    public string SoB { get; } = ApiClientExtensions.NewTenantName("hr-b");

    public HttpClient Admin { get; private set; } = null!;

    public int RecordId { get; private set; }

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(SoA, "Sở Nội vụ", """
            {"name":"roles","roles":[{"name":"HrClerk","permissions":["ViewHrBasic","EditHrRecords"]}]},
            {"name":"accounts","accounts":[
              {"email":"clerk@A.test","fullName":"Trần Văn Thư","roles":["HrClerk"],"home":true,"password":"PASSWORD"},
              {"email":"hr@A.test","fullName":"Phạm Văn Tổ","roles":["HrOfficer"],"home":true,"password":"PASSWORD"},
              {"email":"xem@A.test","fullName":"Đỗ Quản Trị","roles":["Administrator"],"home":true,"password":"PASSWORD"},
              {"email":"nv@A.test","fullName":"Nguyễn Thị Hồng","roles":["Member"],"home":true,"password":"PASSWORD"}]}
            """.Replace("@A.test", "@" + SoA + ".test", StringComparison.Ordinal));
        await ImportAsync(SoB, "Sở Y tế", """
            {"name":"accounts","accounts":[{"email":"hrb@B.test","fullName":"Lê Văn Bê","roles":["HrOfficer"],"home":true,"password":"PASSWORD"}]}
            """.Replace("@B.test", "@" + SoB + ".test", StringComparison.Ordinal));

        using var hr = await ClientAsync("hr", SoA);
        var created = await hr.PostAsJsonAsync($"/{SoA}/api/hr/records", new
        {
            personalId = PersonalId,
            fullName = "Nguyễn Thị Hồng",
            sex = "female",
            birthDate = "1985-03-15",
            status = "Active",
            recruitedOn = "2010-09-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        RecordId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await AddRowAsync(hr, "salary", new { effectiveFrom = "2020-01-01", rankCode = "01.003", scaleCode = "A1", step = "3", coefficient = "3.00", decisionNumber = "12/QĐ-SNV", decisionSignedOn = "2019-12-20", decisionSigner = "Giám đốc" });
        await AddRowAsync(hr, "salary", new { effectiveFrom = "2023-01-01", rankCode = "01.003", scaleCode = "A1", step = "4", coefficient = "3,33", salaryKind = "RegularStep", decisionNumber = "30/QĐ-SNV" });
        await AddRowAsync(hr, "postings", new { effectiveFrom = "2010-09-01", unitName = "Phòng Tổ chức", post = "Chuyên viên", movement = "Recruitment" });
    }

    public string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public Task<HttpClient> ClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    /// <summary>A cookie-signed-in browser (pages), not following redirects.</summary>
    public async Task<HttpClient> BrowserAsync(string local, string tenant)
    {
        var browser = Factory.CreateBrowserClient();
        await browser.SignInAsync(Email(local, tenant), Password);
        return browser;
    }

    public async Task AddRowAsync(HttpClient client, string kind, object row)
    {
        var response = await client.PostAsJsonAsync($"/{SoA}/api/hr/records/{RecordId}/{kind}", row);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The antiforgery token of a page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient browser, string url)
    {
        var page = await browser.GetStringAsync(url);
        var match = TokenPattern().Match(page);
        Assert.True(match.Success, $"{url} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }

    private async Task ImportAsync(string name, string displayName, string steps)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["Intranet.Directory","Intranet.Hr"]},
              {{steps.Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
