namespace Intranet.Site.Services;

/// <summary>
/// Which URLs a quick link may point to: "~/x" (inside the department's site), "/x" (at the installation's root,
/// such as /directory and /mail) or an http(s) address. Never javascript: or data:.
/// </summary>
public static class LinkRules
{
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > SiteLimits.Url)
        {
            return false;
        }

        url = url.Trim();
        if (url.StartsWith("~/", StringComparison.Ordinal))
        {
            url = url[1..];
        }

        if (url.StartsWith('/'))
        {
            return !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }
}
