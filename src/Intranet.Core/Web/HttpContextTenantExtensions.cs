using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Web;

public static class HttpContextTenantExtensions
{
    /// <summary>The request's tenant (the host when resolution did not run).</summary>
    public static Tenant? GetTenant(this HttpContext context) => context.Features.Get<TenantFeature>()?.Tenant;

    /// <summary>An application-relative URL inside the request's tenant ("~/x" → "/so-tttt/x").</summary>
    public static string TenantUrl(this HttpContext context, string path) =>
        context.Request.PathBase.Add(path.StartsWith('/') ? path : "/" + path).Value!;
}
