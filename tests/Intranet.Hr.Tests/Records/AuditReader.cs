using Intranet.AuditTrail.Models;
using Intranet.AuditTrail.Services;
using Intranet.AuditTrail.ViewModels;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Tests.Records;

/// <summary>Reads a department's audit chain as the audit viewer does: the count and the newest page.</summary>
public static class AuditReader
{
    public static async Task<(int Total, IReadOnlyList<AuditEntry> Newest)> HrEntriesAsync(IServiceProvider services, string tenantName)
    {
        var tenant = services.GetRequiredService<ITenantRegistry>().Table.FindByName(tenantName)!;
        using (services.GetRequiredService<ITenantAccessor>().Enter(tenant))
        {
            await using var scope = services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<AuditQuery>().RunAsync(new AuditFilter { Category = "hr" });
            return (page.Total, page.Entries);
        }
    }
}
