using System.Net.Http.Json;
using Intranet.Testing;

namespace Intranet.StaffDirectory.Tests;

/// <summary>
/// The whole host in process with two departments imported from recipes through the public API: accounts with
/// passwords, units and people (one person's room Hidden; mobiles Department by default).
/// </summary>
public class ProvinceFixture : IAsyncLifetime
{
    public const string Password = "Mat-khau-thu-nghiem-2026!";

    public ProvinceFixture()
        : this(new IntranetFactory())
    {
    }

    protected ProvinceFixture(IntranetFactory factory) => Factory = factory;

    public IntranetFactory Factory { get; }

    public string SoA { get; } = ApiClientExtensions.NewTenantName("so-a");

    public string SoB { get; } = ApiClientExtensions.NewTenantName("so-b");

    public HttpClient Admin { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Admin = await Factory.CreateAdminApiClientAsync();
        await ImportAsync(SoA, "Sở Tài chính", """
            {"name":"accounts","accounts":[
              {"email":"quantri@tinh.test","fullName":"Quản trị","roles":["Administrator"],"home":false},
              {"email":"hanh@A.test","fullName":"Trần Thị Bích Hạnh","roles":["Member"],"home":true,"password":"PASSWORD"},
              {"email":"nam@A.test","fullName":"Lê Hoàng Nam","roles":["Member"],"home":true,"password":"PASSWORD"}]},
            {"name":"units","units":[{"id":"phong-hanh-chinh","name":"Phòng Hành chính – Tổ chức","kind":"phong","parent":null}]},
            {"name":"people","people":[
              {"email":"hanh@A.test","fullName":"Trần Thị Bích Hạnh","unit":"phong-hanh-chinh","position":"Trưởng phòng","officePhone":"0290 3802 101","mobile":"0901 123 410","room":"P.201","visibility":{"room":"Hidden"}},
              {"email":"nam@A.test","fullName":"Lê Hoàng Nam","unit":"phong-hanh-chinh","position":"Chuyên viên","officePhone":"0290 3802 102","mobile":"0902 123 420"}]}
            """.Replace("@A.test", "@" + SoA + ".test", StringComparison.Ordinal));
        await ImportAsync(SoB, "Sở Y tế", """
            {"name":"accounts","accounts":[{"email":"ha@B.test","fullName":"Lê Thị Hà","roles":["Member"],"home":true,"password":"PASSWORD"}]},
            {"name":"people","people":[{"email":"ha@B.test","fullName":"Lê Thị Hà","position":"Giám đốc","officePhone":"0290 3900 100","mobile":"0903 000 111"}]}
            """.Replace("@B.test", "@" + SoB + ".test", StringComparison.Ordinal));
    }

    public string Email(string local, string tenant) => $"{local}@{tenant}.test";

    public Task<HttpClient> ClientAsync(string local, string tenant) => Factory.CreateApiClientAsync(Email(local, tenant), Password);

    private async Task ImportAsync(string name, string displayName, string steps)
    {
        var recipe = $$"""
            {"name":"test-{{name}}","displayName":"{{displayName}}","steps":[
              {"name":"feature","enable":["Intranet.Directory"]},
              {{steps.Replace("PASSWORD", Password, StringComparison.Ordinal)}}]}
            """;
        var response = await Admin.PostAsync($"/api/tenants/import?name={name}&displayName={Uri.EscapeDataString(displayName)}",
            new StringContent(recipe, System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"import {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public virtual async Task DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
