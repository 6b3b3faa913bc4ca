using Intranet.Core.Tenants;

namespace Intranet.Core.Data;

/// <summary>The host (Default) tenant, whose database holds province-wide data: accounts, the tenant registry.</summary>
public interface IHostTenantProvider
{
    Tenant Host { get; }
}
