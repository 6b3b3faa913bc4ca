using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Codes;

/// <summary>
/// What the import and the résumé need from the code lists, in one small seam: codes resolved from what a file
/// holds (a code of either ethnic edition, or a name) and names for codes. Backed by the rules part's
/// <c>ICodeLists</c> (<see cref="CodeListsLookup"/>), so the versioned lists stay the only source.
/// </summary>
public interface IHrCodeLookup
{
    /// <summary>The rank or professional title with its salary scale, or null when the code is unknown.</summary>
    ImportRank? FindRank(string code);

    ImportScale? FindScale(string code);

    /// <summary>The 2008-edition code for a 2008 code, a 1979 code (when <paramref name="edition"/> is 1979) or a name.</summary>
    string? Ethnicity(string text, EthnicEdition edition);

    string? EthnicityName(string? code);

    /// <summary>The religion code for a code or a name ("Không" included).</summary>
    string? Religion(string text);

    string? ReligionName(string? code);

    /// <summary>The level code of a kind of qualification for a code or a name ("co-ban", "Cơ bản", "B"…).</summary>
    string? Level(QualificationKind kind, string text);

    string? LevelName(QualificationKind kind, string? code);
}
