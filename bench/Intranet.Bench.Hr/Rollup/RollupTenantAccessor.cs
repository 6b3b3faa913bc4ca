using Intranet.Core.Tenants;

namespace Intranet.Bench.Hr.Rollup;

public sealed class RollupTenantAccessor : ITenantAccessor
{
    private readonly AsyncLocal<Tenant?> _current = new();

    public Tenant? Current => _current.Value;

    public Tenant Required => _current.Value ?? throw new InvalidOperationException("No tenant.");

    public IDisposable Enter(Tenant tenant)
    {
        var previous = _current.Value;
        _current.Value = tenant;
        return new Exit(() => _current.Value = previous);
    }

    private sealed class Exit(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
