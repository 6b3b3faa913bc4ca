using System.Security.Claims;
using Intranet.Core.Accounts;
using Intranet.Core.OrgUnits;
using Intranet.Core.Security;
using Intranet.Core.Tenants;

namespace Intranet.StaffDirectory.Tests;

/// <summary>Memberships as the Users module would answer them: every signed-in reader holds ViewDirectory at the host.</summary>
public sealed class TestPermissions : IPermissionChecker
{
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.OrdinalIgnoreCase);

    public void AddMember(string email, string tenant)
    {
        if (!_members.TryGetValue(email, out var set))
        {
            _members[email] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        set.Add(tenant);
    }

    public Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default) =>
        Task.FromResult(user.Identity?.IsAuthenticated == true && (tenant.IsHost || IsMember(user, tenant)) && permission.Name != "ManageDirectory");

    public Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsMember(user, tenant));

    private bool IsMember(ClaimsPrincipal user, Tenant tenant) =>
        user.FindFirstValue(ClaimTypes.Email) is { } email && _members.TryGetValue(email, out var set) && set.Contains(tenant.Name);
}

/// <summary>Accounts as the Users module would list them.</summary>
public sealed class TestAccounts : IAccountDirectory
{
    public List<AccountInfo> Accounts { get; } = [];

    public Task<AccountInfo?> FindByIdAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Accounts.FirstOrDefault(a => a.Id == id));

    public Task<AccountInfo?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(Accounts.FirstOrDefault(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<AccountInfo>> ListMembersAsync(string tenantName, int skip, int take, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AccountInfo>>([.. Accounts.Where(a => a.HomeTenant == tenantName).Skip(skip).Take(take)]);
}

/// <summary>Records what the directory announced to other modules.</summary>
public sealed class RecordingOrgUnitEvents : IOrgUnitEventHandler
{
    public List<string> Seen { get; } = [];

    public Task UnitSavedAsync(OrgUnitInfo unit, CancellationToken cancellationToken)
    {
        Seen.Add($"saved {unit.TenantName}/{unit.UnitId} {unit.Name}");
        return Task.CompletedTask;
    }

    public Task UnitRemovedAsync(OrgUnitInfo unit, CancellationToken cancellationToken)
    {
        Seen.Add($"removed {unit.TenantName}/{unit.UnitId}");
        return Task.CompletedTask;
    }

    public Task MemberMovedAsync(OrgUnitMemberInfo member, string? fromUnitId, string? toUnitId, CancellationToken cancellationToken)
    {
        Seen.Add($"moved {member.FullName} {fromUnitId ?? "-"}>{toUnitId ?? "-"}");
        return Task.CompletedTask;
    }
}

public sealed class TestRegistry : ITenantRegistry
{
    public TestRegistry(TenantTable table) => Table = table;

    public TenantTable Table { get; set; }

    public Task ReloadAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}

public sealed class TestTenantAccessor : ITenantAccessor
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
