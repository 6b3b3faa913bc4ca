using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Runs one change of a department's directory in its own DI scope and one shared transaction (the department's
/// database and, for handlers that write there, the host's): all of it commits, or nothing does.
/// </summary>
public sealed class DirectoryTransaction
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;

    public DirectoryTransaction(IServiceScopeFactory scopes, ITenantAccessor tenants)
    {
        _scopes = scopes;
        _tenants = tenants;
    }

    public Task<T> RunAsync<T>(Tenant tenant, Func<DirectoryStore, Task<T>> work, CancellationToken cancellationToken = default) =>
        RunAsync(tenant, work, _ => true, cancellationToken);

    /// <summary>Runs the work; commits only when <paramref name="commit"/> says so for its result (a dry run, or rows with errors, roll back).</summary>
    public async Task<T> RunAsync<T>(Tenant tenant, Func<DirectoryStore, Task<T>> work, Func<T, bool> commit, CancellationToken cancellationToken = default)
    {
        using (_tenants.Enter(tenant))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            transaction.Begin();
            var store = scope.ServiceProvider.GetRequiredService<DirectoryStore>();
            var result = await work(store);
            if (commit(result))
            {
                await transaction.CommitAsync(cancellationToken);
            }

            // Not committed (a dry run): disposing the scope rolls everything back and drops the index updates.
            return result;
        }
    }
}
