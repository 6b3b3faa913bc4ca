using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Work;

/// <summary>
/// Runs one work-list or correction change in its own DI scope and one shared transaction of the department's
/// database: the row, the draft or request's new state and the audit entry commit together, or none does.
/// </summary>
public sealed class HrWorkTransaction
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;

    public HrWorkTransaction(IServiceScopeFactory scopes, ITenantAccessor tenants)
    {
        _scopes = scopes;
        _tenants = tenants;
    }

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken ct)
        where T : notnull
    {
        using (_tenants.Enter(_tenants.Required))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            transaction.Begin();
            var result = await work(scope.ServiceProvider);
            await transaction.CommitAsync(ct);
            return result;
        }
    }
}
