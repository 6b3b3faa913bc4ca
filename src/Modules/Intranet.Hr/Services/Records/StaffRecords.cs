using Intranet.Core.Accounts;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Hr.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// <see cref="IStaffRecords"/> over the departments' own databases: enters the department, opens a scope so the
/// HR context binds to its database (as the directory's reader does), and answers with <see cref="StaffInfo"/>
/// only — never the personal ID or a sensitive group. Departments without the HR feature have no records.
/// </summary>
public sealed class StaffRecords : IStaffRecords
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;
    private readonly ITenantRegistry _registry;

    public StaffRecords(IServiceScopeFactory scopes, ITenantAccessor tenants, ITenantRegistry registry)
    {
        _scopes = scopes;
        _tenants = tenants;
        _registry = registry;
    }

    public static bool IsHrTenant(Tenant tenant) =>
        !tenant.IsHost && tenant.State == TenantState.Running && tenant.IsFeatureEnabled(HrFeatures.Department);

    public async Task<StaffInfo?> FindByAccountAsync(string accountId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return null;
        }

        await using var lookup = _scopes.CreateAsyncScope();
        var account = lookup.ServiceProvider.GetService<IAccountDirectory>() is { } accounts ? await accounts.FindByIdAsync(accountId, cancellationToken) : null;
        if (account is null || Find(account.HomeTenant) is not { } home)
        {
            return null;
        }

        return await ReadAsync(home, async (db, rules) =>
        {
            var id = await db.Records.AsNoTracking().Where(r => r.AccountId == accountId)
                .OrderByDescending(r => r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation).ThenByDescending(r => r.Id)
                .Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
            return id is null ? null : (await StaffInfoQuery.ListAsync(db, home.Name, rules, asOf ?? HrDates.Today(), id, cancellationToken)).SingleOrDefault();
        });
    }

    public async Task<IReadOnlyList<StaffInfo>> ListAsync(string tenantName, DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        Find(tenantName) is { } tenant
            ? await ReadAsync(tenant, (db, rules) => StaffInfoQuery.ListAsync(db, tenant.Name, rules, asOf ?? HrDates.Today(), null, cancellationToken))
            : [];

    /// <summary>A count in SQL: on staff now, or (for a past date) closed only after it.</summary>
    public async Task<int> CountOnStaffAsync(string tenantName, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        if (Find(tenantName) is not { } tenant)
        {
            return 0;
        }

        var date = asOf ?? HrDates.Today();
        return await ReadAsync(tenant, (db, _) => db.Records.AsNoTracking().CountAsync(r =>
            (r.RecruitedOn == null || r.RecruitedOn <= date)
            && (r.ClosedOn == null ? r.Status == StaffStatus.Active || r.Status == StaffStatus.Probation : r.ClosedOn > date), cancellationToken));
    }

    private Tenant? Find(string? name) =>
        string.IsNullOrEmpty(name) ? null : _registry.Table.FindByName(name) is { } t && IsHrTenant(t) ? t : null;

    private async Task<T> ReadAsync<T>(Tenant tenant, Func<HrDbContext, RecordRules, Task<T>> read)
    {
        using (_tenants.Enter(tenant))
        {
            await using var scope = _scopes.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<HrDbContext>(), scope.ServiceProvider.GetRequiredService<RecordRules>());
        }
    }
}
