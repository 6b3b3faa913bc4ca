using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>The checker against the real host database: membership and role grants per tenant.</summary>
public sealed class PermissionCheckerTests : IClassFixture<UsersFactory>
{
    private readonly UsersFactory _factory;

    public PermissionCheckerTests(UsersFactory factory) => _factory = factory;

    [Fact]
    public async Task Administrator_HoldsUserPermissions_MemberDoesNot()
    {
        var admin = await _factory.CreateAsync(TestAccounts.NewEmail("qt"), roles: StandardRoles.Administrator);
        var member = await _factory.CreateAsync(TestAccounts.NewEmail("cb"), roles: StandardRoles.Member);
        var host = Host();

        Assert.True(await CheckAsync(admin, host, Permissions.ManageUsers));
        Assert.True(await CheckAsync(admin, host, Permissions.ManageRoles));
        Assert.False(await CheckAsync(member, host, Permissions.ManageUsers));
        Assert.True(await IsMemberAsync(member, host));
    }

    [Fact]
    public async Task RolesInOneTenant_GrantNothingInAnother()
    {
        var tenantA = Tenant("a-" + Guid.NewGuid().ToString("N")[..6]);
        var tenantB = Tenant("b-" + Guid.NewGuid().ToString("N")[..6]);
        var account = await _factory.CreateAsync(TestAccounts.NewEmail(), tenant: tenantA.Name, roles: StandardRoles.Administrator);

        Assert.True(await CheckAsync(account, tenantA, Permissions.ManageUsers));
        Assert.False(await IsMemberAsync(account, tenantB));
        Assert.False(await CheckAsync(account, tenantB, Permissions.ManageUsers));
        Assert.False(await CheckAsync(account, Host(), Permissions.ManageUsers));
    }

    [Fact]
    public async Task StoredTenantRole_ReplacesTheDefaultGrants()
    {
        var tenant = Tenant("c-" + Guid.NewGuid().ToString("N")[..6]);
        var editor = await _factory.CreateAsync(TestAccounts.NewEmail(), tenant: tenant.Name, roles: StandardRoles.Editor);
        Assert.False(await CheckAsync(editor, tenant, Permissions.ManageRoles));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
            db.TenantRoles.Add(new TenantRole { TenantName = tenant.Name, Name = StandardRoles.Editor, Permissions = [Permissions.ManageRoles.Name] });
            await db.SaveChangesAsync();
        }

        Assert.True(await CheckAsync(editor, tenant, Permissions.ManageRoles));
        Assert.False(await CheckAsync(editor, Host(), Permissions.ManageRoles));
    }

    [Fact]
    public async Task Anonymous_HoldsNothing()
    {
        Assert.False(await CheckAsync(null, Host(), Permissions.ManageUsers));
    }

    private Tenant Host() => _factory.Services.GetRequiredService<Intranet.Core.Data.IHostTenantProvider>().Host;

    private static Tenant Tenant(string name) => new() { Name = name, DisplayName = name, State = TenantState.Running };

    private async Task<bool> CheckAsync(string? accountId, Tenant tenant, Permission permission)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().HasPermissionAsync(Principal(accountId), tenant, permission);
    }

    private async Task<bool> IsMemberAsync(string accountId, Tenant tenant)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsMemberAsync(Principal(accountId), tenant);
    }

    private static ClaimsPrincipal Principal(string? accountId) =>
        accountId is null ? new ClaimsPrincipal(new ClaimsIdentity()) : AccountClaims.CreatePrincipal(accountId, "x@so.test", "X", "stamp", "test", secondFactor: false);
}
