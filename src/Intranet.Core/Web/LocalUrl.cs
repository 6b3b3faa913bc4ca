namespace Intranet.Core.Web;

/// <summary>
/// Whether a return URL stays on this site: the rule ASP.NET Core's <c>LocalRedirect</c> and <c>Url.IsLocalUrl</c>
/// apply ("/path" or "~/path", not "//host" or "/\host", no control character anywhere), so a URL we accept is
/// never one that LocalRedirect then refuses with an exception.
/// </summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var rest = url[0] == '/' ? url.AsSpan(1)
            : url.StartsWith("~/", StringComparison.Ordinal) ? url.AsSpan(2)
            : default;
        if (rest.IsEmpty)
        {
            return url is "/" or "~/";
        }

        return rest[0] is not ('/' or '\\') && !rest.ContainsAnyInRange('\u0000', '\u001F') && !rest.ContainsAnyInRange('\u007F', '\u009F');
    }
}
