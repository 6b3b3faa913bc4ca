using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Intranet.Testing;
using Intranet.Users.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Tests;

/// <summary>Accounts for a test, made through the module's own service (the same path the admin UI and recipes take).</summary>
internal static class TestAccounts
{
    public const string Password = "ngựa-xanh-chạy-trên-đồi";

    public static string NewEmail(string stem = "canbo") => $"{stem}.{Guid.NewGuid():N}"[..(stem.Length + 9)] + "@so.test";

    public static async Task<string> CreateAsync(this UsersFactory factory, string email, string? password = Password, string tenant = Tenant.DefaultName, params string[] roles)
    {
        using var enter = factory.Services.GetRequiredService<ITenantAccessor>().Enter(factory.Services.GetRequiredService<IHostTenantProvider>().Host);
        await using var scope = factory.Services.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
        return await changes.RunAsync(async manager =>
        {
            var account = await manager.CreateAsync(email, "Cán bộ thử nghiệm", tenant, password, mustChangePassword: false);
            await manager.SetMembershipAsync(account, tenant, roles.Length == 0 ? ["Member"] : roles);
            return account.Id;
        });
    }

    /// <summary>What a person given a temporary password does first: sign in and choose their own (the only thing such a session may do).</summary>
    public static async Task ChangeTemporaryPasswordAsync(this UsersFactory factory, string email, string temporary, string chosen)
    {
        using var browser = factory.CreateBrowserClient();
        await browser.SignInAsync(email, temporary);
        var changed = await browser.PostFormAsync("/account/change-password", "/account/change-password",
            ("CurrentPassword", temporary), ("NewPassword", chosen), ("ConfirmPassword", chosen), ("ReturnUrl", "/"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, changed.StatusCode);
    }

    public static async Task ChangeAsync(this UsersFactory factory, string email, Func<AccountManager, Models.Account, Task> change)
    {
        using var enter = factory.Services.GetRequiredService<ITenantAccessor>().Enter(factory.Services.GetRequiredService<IHostTenantProvider>().Host);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountChanges>().RunAsync(async manager =>
        {
            var account = await manager.FindByEmailAsync(email) ?? throw new InvalidOperationException("no account " + email);
            await change(manager, account);
        });
    }
}
