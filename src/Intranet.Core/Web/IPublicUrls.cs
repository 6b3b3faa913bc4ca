using Intranet.Core.Tenants;

namespace Intranet.Core.Web;

/// <summary>
/// Absolute URLs for what leaves the request: links in emails, documents, configuration files. They come from
/// configuration (<c>Intranet:PublicUrl</c> and the tenant's own host names), never from the request's
/// <c>Host</c> header, which any client can set (a reset link pointing at an attacker's host).
/// </summary>
public interface IPublicUrls
{
    /// <summary>The tenant's absolute base URL, without a trailing slash ("https://intranet.binhan.gov.vn/so-tttt").</summary>
    string BaseFor(Tenant tenant);

    /// <summary>An absolute URL inside the tenant: <paramref name="relative"/> is a path (and query) such as "account/reset-password?x=1".</summary>
    string Absolute(Tenant tenant, string relative);
}
