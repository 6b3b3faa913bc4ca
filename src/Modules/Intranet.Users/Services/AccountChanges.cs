using Intranet.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Services;

/// <summary>
/// Runs an account change in one transaction: inside the caller's data transaction when one is active (a
/// recipe), otherwise in a fresh scope with its own, so the account, its membership and what other modules do
/// in their event handlers commit together or not at all.
/// </summary>
public sealed class AccountChanges
{
    private readonly IServiceProvider _services;
    private readonly IServiceScopeFactory _scopes;

    public AccountChanges(IServiceProvider services, IServiceScopeFactory scopes)
    {
        _services = services;
        _scopes = scopes;
    }

    public async Task<T> RunAsync<T>(Func<AccountManager, Task<T>> change, CancellationToken cancellationToken = default)
    {
        if (_services.GetRequiredService<DataTransactionScope>().IsActive)
        {
            return await change(_services.GetRequiredService<AccountManager>());
        }

        await using var scope = _scopes.CreateAsyncScope();
        var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
        transaction.Begin();
        var result = await change(scope.ServiceProvider.GetRequiredService<AccountManager>());
        await transaction.CommitAsync(cancellationToken);

        // A request between the save and the commit may have cached the old state: evict again now it is visible.
        var cache = scope.ServiceProvider.GetRequiredService<SessionStateCache>();
        foreach (var id in scope.ServiceProvider.GetRequiredService<ChangedAccounts>().Ids)
        {
            cache.Evict(id);
        }

        return result;
    }

    public Task RunAsync(Func<AccountManager, Task> change, CancellationToken cancellationToken = default) =>
        RunAsync(async m =>
        {
            await change(m);
            return true;
        }, cancellationToken);
}
