using System.Text.RegularExpressions;

namespace Intranet.Learning.Services.Quiz;

/// <summary>TT 03/2014 outcome codes on questions: a module (IU01–IU15) and optionally its parts ("IU01.1.2").</summary>
public static partial class OutcomeCodes
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    /// <summary>The valid codes among <paramref name="codes"/>, upper case, distinct, comma-joined; others are dropped.</summary>
    public static string Join(IEnumerable<string> codes) =>
        string.Join(',', codes.Select(c => c.Trim().ToUpperInvariant()).Where(IsValid).Distinct(StringComparer.Ordinal).Take(20));

    /// <summary>Parses a comma/space separated list typed by a trainer; returns the invalid ones in <paramref name="invalid"/>.</summary>
    public static string Parse(string? text, out IReadOnlyList<string> invalid)
    {
        var items = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        invalid = [.. items.Where(i => !IsValid(i.ToUpperInvariant()))];
        return Join(items);
    }

    [GeneratedRegex(@"^IU(0[1-9]|1[0-5])(\.[0-9]{1,2}){0,3}$")]
    private static partial Regex Pattern();
}
