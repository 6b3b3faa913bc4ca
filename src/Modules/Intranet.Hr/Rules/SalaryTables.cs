namespace Intranet.Hr.Rules;

/// <summary>
/// A version of the salary tables: the scales and the ranks paid on them. <see cref="Shipped"/> is NĐ 204/2004 Bảng 2
/// with the ranks of TT 02/2021/TT-BNV, as shipped in the module's embedded code lists; the DB-backed
/// <see cref="ICodeLists"/> returns the same type for the current version.
/// </summary>
public sealed class SalaryTables
{
    private readonly Dictionary<string, SalaryScale> scales;
    private readonly Dictionary<string, RankInfo> ranks;

    public SalaryTables(string version, string source, IEnumerable<SalaryScale> scales, IEnumerable<RankInfo> ranks)
    {
        Version = version;
        Source = source;
        Scales = [.. scales];
        Ranks = [.. ranks];
        this.scales = Scales.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        this.ranks = Ranks.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The tables shipped with the module (NĐ 204/2004 Bảng 2; ranks per TT 02/2021/TT-BNV).</summary>
    public static SalaryTables Shipped => ShippedCodeLists.Set.Salary;

    public string Version { get; }

    public string Source { get; }

    public IReadOnlyList<SalaryScale> Scales { get; }

    public IReadOnlyList<RankInfo> Ranks { get; }

    public SalaryScale? FindScale(string? code) =>
        code is not null && scales.TryGetValue(code.Trim(), out var scale) ? scale : null;

    /// <summary>A rank by its code ("01.003") or, failing that, by its name ("Chuyên viên", any case).</summary>
    public RankInfo? FindRank(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }

        return ranks.TryGetValue(codeOrName.Trim(), out var rank)
            ? rank
            : Ranks.FirstOrDefault(r => CodeNames.Same(r.Name, codeOrName));
    }

    /// <summary>The scale a rank is paid on.</summary>
    public SalaryScale? ScaleOfRank(string? rankCode) => FindScale(FindRank(rankCode)?.ScaleCode);
}
