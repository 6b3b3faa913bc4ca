using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Recipes;
using Intranet.Users.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>The "roles" and "accounts" recipe steps through the real recipe executor, and the export that reverses them.</summary>
public sealed class RecipeStepTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public RecipeStepTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task Recipe_CreatesRolesAndAccounts_MembersOfTheTenant_AndTellsEveryHandler()
    {
        var tenant = await TenantAsync();
        var newcomer = TestAccounts.NewEmail("moi");
        var existing = TestAccounts.NewEmail("cu");
        await _factory.CreateAsync(existing);

        await RunAsync(tenant, $$"""
            { "name": "t", "steps": [
              { "name": "roles", "roles": [ { "name": "VanThu", "permissions": ["ManageUsers"] } ] },
              { "name": "accounts", "accounts": [
                { "email": "{{newcomer}}", "fullName": "Nguyễn Văn Mới", "roles": ["Member", "VanThu"], "home": true, "password": "cầu-vồng-sau-mưa-2024" },
                { "email": "{{existing}}", "fullName": "Ai đó", "roles": ["Editor"], "home": false }
              ] } ] }
            """);

        await using var scope = _factory.Services.CreateAsyncScope();
        var checker = scope.ServiceProvider.GetRequiredService<PermissionChecker>();
        var manager = scope.ServiceProvider.GetRequiredService<AccountManager>();
        var created = await manager.FindByEmailAsync(newcomer);
        Assert.NotNull(created);
        Assert.Equal(tenant.Name, created.HomeTenant);
        Assert.Equal(["Member", "VanThu"], await checker.RolesAsync(created.Id, tenant.Name));
        Assert.True(await checker.HasPermissionAsync(AccountClaims.CreatePrincipal(created, "t", false), tenant, Permissions.ManageUsers));
        var old = await manager.FindByEmailAsync(existing);
        Assert.Equal(Tenant.DefaultName, old!.HomeTenant);
        Assert.Equal(["Editor"], await checker.RolesAsync(old.Id, tenant.Name));

        Assert.Contains($"created {newcomer} home={tenant.Name}", _factory.Events.Events);
        Assert.Contains($"password {newcomer} cầu-vồng-sau-mưa-2024", _factory.Events.Events);
        Assert.Contains($"membership {newcomer} {tenant.Name} [Member,VanThu]", _factory.Events.Events);
        Assert.Contains($"membership {existing} {tenant.Name} [Editor]", _factory.Events.Events);

        using var client = _factory.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { email = newcomer, password = "cầu-vồng-sau-mưa-2024" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Account_WithoutPassword_CannotSignInUntilReset()
    {
        var tenant = await TenantAsync();
        var email = TestAccounts.NewEmail("khong");

        await RunAsync(tenant, $$"""{ "name": "t", "steps": [ { "name": "accounts", "accounts": [ { "email": "{{email}}", "fullName": "Không Mật Khẩu", "roles": ["Member"], "home": true } ] } ] }""");

        using var client = _factory.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { email, password = "mật-khẩu-đoán-bừa" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task InvalidSteps_AreRefusedBeforeAnythingRuns_WithMessages()
    {
        var tenant = await TenantAsync();
        var email = TestAccounts.NewEmail("hong");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(tenant, $$"""
            { "name": "t", "steps": [
              { "name": "roles", "roles": [ { "name": "X", "permissions": ["KhongCoQuyenNay"] } ] },
              { "name": "accounts", "accounts": [ { "email": "{{email}}", "fullName": "A", "roles": ["Member"] }, { "email": "khong-phai-email", "fullName": "" } ] } ] }
            """));

        Assert.Contains(error.Errors, e => e.Contains("KhongCoQuyenNay", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("khong-phai-email", StringComparison.Ordinal));
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task FailingAccount_RollsBackTheWholeRecipe()
    {
        var tenant = await TenantAsync();
        var first = TestAccounts.NewEmail("dau");
        var second = TestAccounts.NewEmail("sau");

        var error = await Assert.ThrowsAsync<RecipeException>(() => RunAsync(tenant, $$"""
            { "name": "t", "steps": [
              { "name": "roles", "roles": [ { "name": "VanThu", "permissions": ["ManageUsers"] } ] },
              { "name": "accounts", "accounts": [
                { "email": "{{first}}", "fullName": "Người Đầu", "roles": ["Member"], "home": true, "password": "một-mật-khẩu-tốt-lắm" },
                { "email": "{{second}}", "fullName": "Người Sau", "roles": ["Member"], "home": true, "password": "password123" } ] } ] }
            """));

        Assert.Contains("quá phổ biến", error.Message, StringComparison.Ordinal);
        Assert.Null(await FindAsync(first));
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<UsersDbContext>().TenantRoles.AnyAsync(r => r.TenantName == tenant.Name));
    }

    [Fact]
    public async Task Export_WritesRolesAndMembers_WithoutPasswords()
    {
        var tenant = await TenantAsync();
        var email = TestAccounts.NewEmail("xuat");
        await RunAsync(tenant, $$"""
            { "name": "t", "steps": [
              { "name": "roles", "roles": [ { "name": "VanThu", "permissions": ["ManageUsers"] } ] },
              { "name": "accounts", "accounts": [ { "email": "{{email}}", "fullName": "Người Xuất", "roles": ["VanThu"], "home": true, "password": "một-mật-khẩu-tốt-lắm" } ] } ] }
            """);

        await using var scope = _factory.Services.CreateAsyncScope();
        var steps = new JsonArray();
        await scope.ServiceProvider.GetServices<IRecipeExportContributor>().OfType<UsersExportContributor>().Single().ContributeAsync(tenant, steps, default);

        var text = steps.ToJsonString();
        Assert.Contains("\"name\":\"roles\"", text, StringComparison.Ordinal);
        Assert.Contains($"\"email\":\"{email}\"", text, StringComparison.Ordinal);
        Assert.Contains("\"home\":true", text, StringComparison.Ordinal);
        Assert.DoesNotContain("mật-khẩu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("password", text, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Tenant> TenantAsync()
    {
        var name = await _factory.AddTenantAsync(Intranet.Testing.ApiClientExtensions.NewTenantName("u"));
        return _factory.Services.GetRequiredService<ITenantRegistry>().Table.FindByName(name)!;
    }

    private async Task RunAsync(Tenant tenant, string json)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(RecipeParser.Parse(json), tenant);
    }

    private async Task<Models.Account?> FindAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountManager>().FindByEmailAsync(email);
    }
}
