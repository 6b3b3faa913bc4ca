using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Web;

/// <summary>Binds every antiforgery token to the tenant that issued it, so a form from one department cannot be replayed in another.</summary>
internal sealed class TenantAntiforgeryData : IAntiforgeryAdditionalDataProvider
{
    public string GetAdditionalData(HttpContext context) => context.GetTenant()?.Name ?? Tenant.DefaultName;

    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData, GetAdditionalData(context), StringComparison.Ordinal);
}
