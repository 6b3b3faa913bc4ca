using System.Text.RegularExpressions;

namespace Intranet.Users.Recipes;

/// <summary>Role names: letters, digits, '-', '_' and '.', 1–64 characters, so they read well in recipes and URLs.</summary>
public static partial class RoleNames
{
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}_.\-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
