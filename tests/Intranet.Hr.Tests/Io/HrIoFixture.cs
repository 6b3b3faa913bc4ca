using System.Net.Http.Headers;
using Intranet.Core.Tenants;
using Intranet.Core.Uploads;
using Intranet.Hr.Models;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Io;

/// <summary>
/// The host in process with two departments that have HR on: in A an HR officer (every department HR permission)
/// and a member; in B another HR officer. Accounts come from a recipe through the public API.
/// </summary>
public sealed class HrIoFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";

    public IntranetFactory Factory { get; } = new();

    public string SoA { get; } = ApiClientExtensions.NewTenantName("hr-a");

    public string SoB { get; } = ApiClientExtensions.NewTenantName("hr-b");

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Officer { get; private set; } = null!;

    public string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        await CreateAsync(SoA, "Sở Nội vụ", """
            {"email":"quantri@tinh.test","fullName":"Quản trị","roles":["Administrator"],"home":false},
            {"email":"tccb@T.test","fullName":"Phạm Thu Trang","roles":["HrOfficer"],"home":true,"password":"PASSWORD"},
            {"email":"nv@T.test","fullName":"Lê Văn Bình","roles":["Member"],"home":true,"password":"PASSWORD"}
            """);
        await CreateAsync(SoB, "Sở Y tế", """
            {"email":"tccb@T.test","fullName":"Đỗ Minh Khoa","roles":["HrOfficer"],"home":true,"password":"PASSWORD"}
            """);
        Officer = await ClientAsync("tccb", SoA);
    }

    public Task<HttpClient> ClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    /// <summary>POST /{tenant}/api/hr/import with the file as multipart <c>file</c>.</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string tenant, byte[] content, string fileName, bool dryRun, string? query = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/{tenant}/api/hr/import?dryRun={(dryRun ? "true" : "false")}{query}", form);
    }

    /// <summary>The department's records as the export sees them (first row the header), read back with Core's reader.</summary>
    public async Task<List<IReadOnlyList<string>>> ExportRowsAsync(string tenant, HttpClient? client = null)
    {
        var response = await (client ?? Officer).GetAsync($"/{tenant}/api/hr/export");
        Assert.True(response.IsSuccessStatusCode, $"export: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. UploadTables.Read(stream, "export.xlsx", UploadLimits.Default).Select(r => r.Cells)];
    }

    /// <summary>Runs work against a department's HR database, as a request in that department would.</summary>
    public async Task<T> InDepartmentAsync<T>(string tenant, Func<HrDbContext, Task<T>> work)
    {
        var department = Factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(tenant)!;
        using (Factory.Services.GetRequiredService<ITenantAccessor>().Enter(department))
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await work(scope.ServiceProvider.GetRequiredService<HrDbContext>());
        }
    }

    /// <summary>A cookie-signed-in browser for the pages.</summary>
    public async Task<HttpClient> BrowserAsync(string email, string password)
    {
        var browser = Factory.CreateBrowserClient();
        await browser.SignInAsync(email, password);
        return browser;
    }

    private async Task CreateAsync(string name, string displayName, string accounts)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["Intranet.Directory","Intranet.Hr"]},
              {"name":"accounts","accounts":[{{accounts.Replace("@T.test", "@" + name + ".test", StringComparison.Ordinal).Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        Officer.Dispose();
        await Factory.DisposeAsync();
    }
}
