using Intranet.Core.Tenants;

namespace Intranet.Bench.Audit;

/// <summary>Always the one tenant the benchmark writes for (the runtime's accessor is internal to Core).</summary>
internal sealed class FixedTenant(Tenant tenant) : ITenantAccessor
{
    public Tenant? Current { get; } = tenant;

    public Tenant Required => Current!;

    public IDisposable Enter(Tenant other) => new Nothing();

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
