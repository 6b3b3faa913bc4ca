using System.Collections.Frozen;

namespace Intranet.Core.Tenants;

/// <summary>
/// Immutable snapshot used to resolve a request to a tenant: host+prefix → host → prefix → Default.
/// Rebuilt whole on every registry change and swapped atomically, so lookups never lock.
/// </summary>
public sealed class TenantTable
{
    private readonly FrozenDictionary<string, Tenant> _byHostAndPrefix;
    private readonly FrozenDictionary<string, Tenant> _byHost;
    private readonly FrozenDictionary<string, Tenant> _byPrefix;
    private readonly FrozenDictionary<string, Tenant> _byName;

    public TenantTable(Tenant host, IEnumerable<Tenant> tenants)
    {
        Host = host;
        var all = tenants.Where(t => !t.IsHost && t.State != TenantState.Removed).ToList();
        _byName = all.Append(host).ToFrozenDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var hostAndPrefix = new Dictionary<string, Tenant>(StringComparer.OrdinalIgnoreCase);
        var byHost = new Dictionary<string, Tenant>(StringComparer.OrdinalIgnoreCase);
        var byPrefix = new Dictionary<string, Tenant>(StringComparer.OrdinalIgnoreCase);
        foreach (var tenant in all)
        {
            foreach (var hostName in tenant.RequestUrlHosts)
            {
                if (tenant.RequestUrlPrefix is { Length: > 0 } p)
                {
                    hostAndPrefix[hostName + "/" + p] = tenant;
                }
                else
                {
                    byHost[hostName] = tenant;
                }
            }

            if (tenant.RequestUrlHosts.Count == 0 && tenant.RequestUrlPrefix is { Length: > 0 } prefix)
            {
                byPrefix[prefix] = tenant;
            }
        }

        _byHostAndPrefix = hostAndPrefix.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byHost = byHost.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byPrefix = byPrefix.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Tenants = all;
    }

    public Tenant Host { get; }

    /// <summary>Department tenants (not removed), in no particular order.</summary>
    public IReadOnlyList<Tenant> Tenants { get; }

    /// <summary>Null for an unknown name, and for no name (a value that did not bind).</summary>
    public Tenant? FindByName(string? name) => name is null ? null : _byName.GetValueOrDefault(name);

    /// <summary>
    /// Resolves a request; <paramref name="prefixMatched"/> tells whether the first path segment was consumed.
    /// A host registered with a port matches only that port; one registered without matches any port.
    /// </summary>
    public Tenant Resolve(string hostName, string? firstSegment, out bool prefixMatched)
    {
        hostName = hostName.ToLowerInvariant();
        var colon = hostName.LastIndexOf(':');
        if (colon > 0 && !hostName.EndsWith(']'))
        {
            var withPort = ResolveExact(hostName, firstSegment, out prefixMatched);
            if (!withPort.IsHost)
            {
                return withPort;
            }

            hostName = hostName[..colon];
        }

        return ResolveExact(hostName, firstSegment, out prefixMatched);
    }

    private Tenant ResolveExact(string hostName, string? firstSegment, out bool prefixMatched)
    {
        prefixMatched = false;
        if (firstSegment is { Length: > 0 })
        {
            if (_byHostAndPrefix.TryGetValue(hostName + "/" + firstSegment, out var t1))
            {
                prefixMatched = true;
                return t1;
            }
        }

        if (_byHost.TryGetValue(hostName, out var t2))
        {
            return t2;
        }

        if (firstSegment is { Length: > 0 } && _byPrefix.TryGetValue(firstSegment, out var t3))
        {
            prefixMatched = true;
            return t3;
        }

        return Host;
    }
}
