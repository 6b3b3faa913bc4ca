using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.Bench.Hr;

/// <summary>The host tenant for the host-database contexts (code lists, the roll-up's projection).</summary>
internal sealed class FixedHost(Tenant host) : IHostTenantProvider
{
    public Tenant Host { get; } = host;
}
