using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Runs one change of a department's records in its own DI scope and one shared transaction (the department's
/// database and the host's, for event handlers that write there): all of it commits, or nothing does.
/// </summary>
public sealed class RecordTransaction
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ITenantAccessor _tenants;

    public RecordTransaction(IServiceScopeFactory scopes, ITenantAccessor tenants)
    {
        _scopes = scopes;
        _tenants = tenants;
    }

    public async Task<T> RunAsync<T>(Tenant tenant, Func<RecordWriter, Task<T>> work, CancellationToken ct = default)
    {
        using (_tenants.Enter(tenant))
        {
            await using var scope = _scopes.CreateAsyncScope();
            var transaction = scope.ServiceProvider.GetRequiredService<DataTransactionScope>();
            transaction.Begin();
            var result = await work(scope.ServiceProvider.GetRequiredService<RecordWriter>());
            await transaction.CommitAsync(ct);
            return result;
        }
    }
}
