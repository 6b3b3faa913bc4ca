namespace Intranet.Core.Tenants;

internal sealed class TenantAccessor : ITenantAccessor
{
    private static readonly AsyncLocal<Holder?> CurrentHolder = new();

    public Tenant? Current => CurrentHolder.Value?.Tenant;

    public Tenant Required => Current ?? throw new InvalidOperationException("No tenant is current: enter one first.");

    public IDisposable Enter(Tenant tenant)
    {
        var previous = CurrentHolder.Value;
        CurrentHolder.Value = new Holder(tenant);
        return new Exit(previous);
    }

    private sealed record Holder(Tenant Tenant);

    private sealed class Exit(Holder? previous) : IDisposable
    {
        public void Dispose() => CurrentHolder.Value = previous;
    }
}
