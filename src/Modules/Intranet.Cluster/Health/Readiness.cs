using Intranet.Cluster.Data;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Cluster.Health;

/// <summary>
/// The readiness checks: the host database answers, and no host-database migration of this build is pending (once
/// seen applied, that is remembered: a build's migrations do not un-apply). Each probe costs one round trip.
/// </summary>
public sealed class Readiness
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IReadOnlyList<Type> _hostContexts;
    private volatile bool _migrated;

    public Readiness(IServiceScopeFactory scopes, IEnumerable<TenantDataDescriptor> descriptors)
    {
        _scopes = scopes;
        _hostContexts = [.. descriptors.Where(d => d.HostOnly).Select(d => d.ContextType).Distinct()];
    }

    public async Task CheckAsync(IDictionary<string, string> checks, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        bool reachable;
        try
        {
            reachable = await scope.ServiceProvider.GetRequiredService<ClusterDbContext>().Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reachable = false;
        }

        checks["database"] = reachable ? "ok" : "unreachable";
        if (!reachable)
        {
            checks["migrations"] = "unknown";
            return;
        }

        if (!_migrated)
        {
            var pending = false;
            foreach (var type in _hostContexts)
            {
                var context = (DbContext)scope.ServiceProvider.GetRequiredService(type);
                pending |= (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
            }

            _migrated = !pending;
        }

        checks["migrations"] = _migrated ? "ok" : "pending";
    }
}
