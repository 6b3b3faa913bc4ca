namespace Intranet.Core.Security;

/// <summary>Every permission the modules declare, and the default grants of the standard roles.</summary>
public sealed class PermissionCatalog
{
    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        var list = providers.ToList();
        Permissions = [.. list.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal)];
        DefaultGrants = list.SelectMany(p => p.GetDefaultStereotypes())
            .GroupBy(s => s.RoleName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.SelectMany(s => s.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public IReadOnlyList<Permission> Permissions { get; }

    /// <summary>Role name → permission names granted by default.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> DefaultGrants { get; }

    public Permission? Find(string name) => Permissions.FirstOrDefault(p => p.Name == name);
}
