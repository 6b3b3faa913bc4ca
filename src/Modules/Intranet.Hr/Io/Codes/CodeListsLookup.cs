using Intranet.Hr.Models;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Io.Codes;

/// <summary>The import's and résumé's view of one current <see cref="CodeListSet"/> (the rules part's versioned lists).</summary>
public sealed class CodeListsLookup : IHrCodeLookup
{
    private readonly CodeListSet _set;

    public CodeListsLookup(CodeListSet set) => _set = set;

    public static async Task<IHrCodeLookup> CurrentAsync(ICodeLists lists, CancellationToken ct) => new CodeListsLookup(await lists.CurrentAsync(ct));

    public ImportRank? FindRank(string code) => _set.FindRank(code) is { } r ? new ImportRank(r.Code, r.Name, r.ScaleCode) : null;

    public ImportScale? FindScale(string code) => _set.FindScale(code) is { } s ? new ImportScale(s.Code, s.Coefficients) : null;

    public string? Ethnicity(string text, EthnicEdition edition)
    {
        var t = text.Trim();
        if (t.StartsWith("1979:", StringComparison.Ordinal))
        {
            return _set.Ethnic2008From1979(t[5..].Trim())?.Code;
        }

        if (t.StartsWith("2008:", StringComparison.Ordinal))
        {
            return _set.Find(CodeListKeys.Ethnic2008, t[5..].Trim())?.Code;
        }

        // A code is read in the edition the import was told; a name is the same in both.
        var isCode = t.All(char.IsAsciiDigit);
        return isCode && edition == EthnicEdition.Edition1979
            ? _set.Ethnic2008From1979(t)?.Code
            : _set.Find(CodeListKeys.Ethnic2008, t)?.Code ?? (isCode ? null : _set.Ethnic2008From1979(_set.Find(CodeListKeys.Ethnic1979, t)?.Code)?.Code);
    }

    public string? EthnicityName(string? code) => _set.Find(CodeListKeys.Ethnic2008, code)?.Name;

    public string? Religion(string text) => _set.Find(CodeListKeys.Religions, text)?.Code;

    public string? ReligionName(string? code) => _set.Find(CodeListKeys.Religions, code)?.Name;

    public string? Level(QualificationKind kind, string text) => KeyOf(kind) is { } key ? _set.Find(key, text)?.Code : null;

    public string? LevelName(QualificationKind kind, string? code) =>
        KeyOf(kind) is { } key ? _set.Find(key, code)?.Name ?? code : code;

    private static string? KeyOf(QualificationKind kind) => kind switch
    {
        QualificationKind.GeneralEducation => CodeListKeys.GeneralEducation,
        QualificationKind.Professional => CodeListKeys.Education,
        QualificationKind.PoliticalTheory => CodeListKeys.PoliticalTheory,
        QualificationKind.StateManagement => CodeListKeys.StateManagement,
        QualificationKind.InformationTechnology => CodeListKeys.InformationTechnology,
        QualificationKind.ForeignLanguage => CodeListKeys.LanguageLevel,
        _ => null,
    };
}
