using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Intranet.Core.Tenants;

/// <summary>Rules for tenant names, URL prefixes and host names.</summary>
public static partial class TenantNames
{
    /// <summary>Prefixes the host itself answers on; a tenant may not take them.</summary>
    public static readonly FrozenSet<string> ReservedPrefixes = new[]
    {
        "admin", "api", "account", "healthz", "lib", "css", "js", "img", "images", "fonts", "_content", "_framework",
        "static", "assets", "favicon.ico", "robots.txt", "well-known", ".well-known", "autodiscover", "autoconfig",
        "openapi", "swagger", "default", "directory", "search", "mail", "webmail", "culture", "error", "errors",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case letters, digits and single hyphens, 2–50 characters, starting with a letter.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    public static bool IsReservedPrefix(string prefix) => ReservedPrefixes.Contains(prefix);

    /// <summary>RFC 1123 host name, lower case, at least two labels, optional port.</summary>
    public static bool IsValidHostName(string? host) => host is not null && host.Length <= 253 && HostPattern().IsMatch(host);

    [GeneratedRegex("^(?=.{2,50}$)[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePatternCore();

    private static Regex NamePattern() => NamePatternCore();

    [GeneratedRegex(@"^(?=.{1,253}(:\d{1,5})?$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+(:\d{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
