using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;

namespace Intranet.Bench.Hr;

/// <summary>Everyone may do everything: the benches measure the work, not the permission checks.</summary>
public sealed class HrBenchPermissions : IPermissionChecker
{
    public Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default) =>
        Task.FromResult(true);

    public Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult(true);
}

public sealed class HrBenchRegistry(TenantTable table) : ITenantRegistry
{
    public TenantTable Table { get; } = table;

    public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}

public sealed class HrBenchTenantAccessor : ITenantAccessor
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
