using System.Security.Claims;
using Intranet.Core.Security;
using Intranet.Core.Tenants;

namespace Intranet.Bench.StaffDirectory;

/// <summary>The reader is a member of one department (so trimming does its full work) and may read the directory.</summary>
public sealed class BenchPermissions : IPermissionChecker
{
    public Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default) =>
        Task.FromResult(true);

    public Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult(tenant.Name == "don-vi-001");
}

public sealed class BenchRegistry(TenantTable table) : ITenantRegistry
{
    public TenantTable Table { get; } = table;

    public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}

public sealed class BenchTenantAccessor : ITenantAccessor
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
