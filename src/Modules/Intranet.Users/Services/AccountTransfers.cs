using Intranet.Core.Accounts;
using Intranet.Core.Audit;

namespace Intranet.Users.Services;

/// <summary>
/// The account side of an HR transfer or retirement, for modules that may not touch the Users tables: one
/// <see cref="AccountChanges"/> run, so it joins the caller's data transaction (the HR transfer's) when one is active.
/// </summary>
public sealed class AccountTransfers : IAccountTransfers
{
    private readonly AccountChanges _changes;

    public AccountTransfers(AccountChanges changes) => _changes = changes;

    public Task<AccountInfo?> MoveHomeAsync(string accountId, string fromTenant, string toTenant, IReadOnlyCollection<string>? roles, CancellationToken cancellationToken = default) =>
        _changes.RunAsync<AccountInfo?>(async manager =>
        {
            if (await manager.FindByIdAsync(accountId) is not { } account)
            {
                return null;
            }

            // Roles held in the old home do not follow the person (an administrator there is nobody's administrator
            // here): the new home gives the ones asked for, else plain membership.
            IReadOnlyCollection<string> given = roles is { Count: > 0 } ? roles : ["Member"];
            await manager.UpdateAsync(account, account.FullName, toTenant, cancellationToken);
            await manager.SetMembershipAsync(account, toTenant, given, cancellationToken);
            if (!string.Equals(fromTenant, toTenant, StringComparison.Ordinal))
            {
                await manager.RemoveMembershipAsync(account, fromTenant, cancellationToken);
            }

            foreach (var tenant in new[] { fromTenant, toTenant })
            {
                await manager.AuditAsync(new AuditEvent("account", "transferred", account.Email, $"{fromTenant}→{toTenant}") { TenantName = tenant }, cancellationToken);
            }

            return AccountDirectory.ToInfo(account);
        }, cancellationToken);

    public Task<AccountInfo?> DisableAsync(string accountId, string reason, CancellationToken cancellationToken = default) =>
        _changes.RunAsync<AccountInfo?>(async manager =>
        {
            if (await manager.FindByIdAsync(accountId) is not { } account)
            {
                return null;
            }

            if (account.IsEnabled)
            {
                await manager.SetEnabledAsync(account, false, cancellationToken);
                await manager.AuditAsync(new AuditEvent("account", "disabled.hr", account.Email, reason) { TenantName = account.HomeTenant }, cancellationToken);
            }

            return AccountDirectory.ToInfo(account);
        }, cancellationToken);
}
