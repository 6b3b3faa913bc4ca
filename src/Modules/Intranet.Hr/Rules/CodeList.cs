namespace Intranet.Hr.Rules;

/// <summary>One version of a code list, with the instrument it comes from and the day it applies from.</summary>
public sealed record CodeList(string Key, string Name, string Version, string Source, DateOnly ValidFrom, IReadOnlyList<CodeItem> Items)
{
    /// <summary>An entry by code (exact, case-insensitive), else by name or alias (case, spaces, hyphens ignored).</summary>
    public CodeItem? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }

        var code = codeOrName.Trim();
        return Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? Items.FirstOrDefault(i => CodeNames.Same(i.Name, code) || i.Aliases.Any(a => CodeNames.Same(a, code)));
    }
}
