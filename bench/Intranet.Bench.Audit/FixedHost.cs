using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.Bench.Audit;

internal sealed class FixedHost(Tenant host) : IHostTenantProvider
{
    public Tenant Host { get; } = host;
}
