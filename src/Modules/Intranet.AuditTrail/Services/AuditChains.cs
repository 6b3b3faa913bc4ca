using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.AuditTrail.Services;

/// <summary>Which chain (tenant database) an event or a verification is for.</summary>
public sealed class AuditChains
{
    /// <summary>Sign-ins happen at province level (one account, every tenant): they go to the host's chain.</summary>
    public const string AuthCategory = "auth";

    private readonly ITenantAccessor _tenants;
    private readonly IHostTenantProvider _host;
    private readonly IServiceProvider _services;

    public AuditChains(ITenantAccessor tenants, IHostTenantProvider host, IServiceProvider services)
    {
        _tenants = tenants;
        _host = host;
        _services = services;
    }

    /// <summary>The host as the registry knows it (with its enabled features), else as configured.</summary>
    public Tenant Host => _services.GetService<ITenantRegistry>()?.Table.Host ?? _host.Host;

    /// <summary>The tenant the current code runs for (where an event came from).</summary>
    public string? CurrentTenantName => _tenants.Current?.Name;

    public Tenant ChainFor(AuditEvent auditEvent)
    {
        if (auditEvent.Category == AuthCategory)
        {
            return Host;
        }

        if (auditEvent.TenantName is null)
        {
            return _tenants.Current ?? Host;
        }

        return Find(auditEvent.TenantName) ?? Host;
    }

    /// <summary>A tenant by name: the current one, the host, or one from the registry.</summary>
    public Tenant? Find(string name)
    {
        if (_tenants.Current is { } current && string.Equals(current.Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        if (string.Equals(name, Tenant.DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            return Host;
        }

        return _services.GetService<ITenantRegistry>()?.Table.FindByName(name);
    }
}
