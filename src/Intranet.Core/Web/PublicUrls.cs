using Intranet.Core.Tenants;
using Microsoft.Extensions.Configuration;

namespace Intranet.Core.Web;

/// <summary>
/// <see cref="IPublicUrls"/> from <c>Intranet:PublicUrl</c> (default <see cref="DemoUrl"/>, the demo's address).
/// A tenant with its own host name is reached at that host with the public URL's scheme; otherwise at its prefix
/// under the public URL.
/// </summary>
public sealed class PublicUrls : IPublicUrls
{
    public const string SettingName = "Intranet:PublicUrl";

    /// <summary>Where <c>dotnet run</c> serves the demo; the value when nothing is configured.</summary>
    public const string DemoUrl = "http://localhost:5080";

    private readonly Uri _root;

    public PublicUrls(IConfiguration configuration)
    {
        var configured = configuration[SettingName];
        var value = string.IsNullOrWhiteSpace(configured) ? DemoUrl : configured.Trim();
        if (!Uri.TryCreate(value, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(root.Query) || !string.IsNullOrEmpty(root.Fragment) || !string.IsNullOrEmpty(root.UserInfo))
        {
            throw new InvalidOperationException($"{SettingName} must be an absolute http(s) URL without query, e.g. https://intranet.binhan.gov.vn (was \"{value}\").");
        }

        _root = root;
    }

    public string BaseFor(Tenant tenant)
    {
        var prefix = tenant.RequestUrlPrefix is { Length: > 0 } p ? "/" + p : "";
        if (tenant.RequestUrlHosts.Count > 0)
        {
            return $"{_root.Scheme}://{tenant.RequestUrlHosts[0]}{prefix}";
        }

        // The public URL may itself carry a path (the intranet under https://cong.binhan.gov.vn/noibo).
        return _root.GetLeftPart(UriPartial.Path).TrimEnd('/') + prefix;
    }

    public string Absolute(Tenant tenant, string relative) => BaseFor(tenant) + "/" + relative.TrimStart('/');
}
