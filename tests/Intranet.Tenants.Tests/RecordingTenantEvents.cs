using System.Collections.Concurrent;
using Intranet.Core.Tenants;

namespace Intranet.Tenants.Tests;

/// <summary>Records what the tenant event handlers hear, as "created:name", "state:name:Running", "removing:name".</summary>
public sealed class RecordingTenantEvents : ITenantEventHandler
{
    public ConcurrentQueue<string> Events { get; } = new();

    public Task CreatedAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        Events.Enqueue($"created:{tenant.Name}");
        return Task.CompletedTask;
    }

    public Task StateChangedAsync(Tenant tenant, TenantState previous, CancellationToken cancellationToken)
    {
        Events.Enqueue($"state:{tenant.Name}:{tenant.State}");
        return Task.CompletedTask;
    }

    public Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        Events.Enqueue($"removing:{tenant.Name}");
        return Task.CompletedTask;
    }

    public IReadOnlyList<string> For(string name) => [.. Events.Where(e => e.Split(':')[1] == name)];
}
