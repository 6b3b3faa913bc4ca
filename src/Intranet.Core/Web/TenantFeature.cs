using Intranet.Core.Tenants;

namespace Intranet.Core.Web;

/// <summary>The request's resolved tenant, kept on the HttpContext.</summary>
public sealed record TenantFeature(Tenant Tenant);
