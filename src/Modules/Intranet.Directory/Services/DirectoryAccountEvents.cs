using Intranet.Core.Accounts;
using Microsoft.Extensions.Logging;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// A disabled account leaves every result at once (its documents are dropped from the province index first, then
/// its profiles are marked in each department); an enabled one comes back.
/// </summary>
public sealed class DirectoryAccountEvents : IAccountEventHandler
{
    private readonly ProvinceIndex _index;
    private readonly TenantDirectoryReader _departments;
    private readonly ILogger<DirectoryAccountEvents> _logger;

    public DirectoryAccountEvents(ProvinceIndex index, TenantDirectoryReader departments, ILogger<DirectoryAccountEvents> logger)
    {
        _index = index;
        _departments = departments;
        _logger = logger;
    }

    public async Task DisabledAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        _index.RemoveAccount(account.Id, account.Email);
        await MarkAsync(account, disabled: true, cancellationToken);
    }

    public Task EnabledAsync(AccountInfo account, CancellationToken cancellationToken) =>
        MarkAsync(account, disabled: false, cancellationToken);

    private async Task MarkAsync(AccountInfo account, bool disabled, CancellationToken ct)
    {
        // The person may be listed in any department (transfers), so every directory department is asked; the
        // query is one indexed lookup per database and the event is rare.
        foreach (var tenant in _departments.DirectoryTenants())
        {
            try
            {
                var changed = await _departments.WithStoreAsync(tenant, s => s.SetAccountDisabledAsync(account.Id, account.Email, disabled, ct));
                if (changed.Count > 0)
                {
                    _logger.LogInformation("Directory: {Count} profile(s) in {Tenant} {State} with their account.", changed.Count, tenant.Name, disabled ? "hidden" : "listed again");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The index already dropped the person; a department database that failed is corrected by a rebuild.
                _logger.LogError(ex, "Directory: could not update the profiles of an account in {Tenant}.", tenant.Name);
            }
        }
    }
}
