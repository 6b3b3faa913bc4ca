using Intranet.Core.Tenants;
using Microsoft.Extensions.Options;

namespace Intranet.Core.Data;

/// <summary>
/// The host's connection settings come from configuration, not from the registry, because the registry
/// itself lives in the host database.
/// </summary>
internal sealed class HostTenantProvider : IHostTenantProvider
{
    public HostTenantProvider(IOptions<DataOptions> options)
    {
        Host = new Tenant
        {
            Name = Tenant.DefaultName,
            DisplayName = "Tỉnh",
            State = TenantState.Running,
            DatabaseProvider = options.Value.HostProvider,
            ConnectionString = options.Value.HostConnectionString,
        };
    }

    public Tenant Host { get; }
}
