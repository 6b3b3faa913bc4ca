using System.Globalization;

namespace Intranet.Hr.Rules;

/// <summary>
/// The current version of every code list, immutable, with the lookups the module needs. <see cref="ICodeLists"/>
/// hands one out (cached); a new version of any list produces a new set.
/// </summary>
public sealed class CodeListSet
{
    private readonly Dictionary<string, CodeList> lists;

    public CodeListSet(IEnumerable<CodeList> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        this.lists = lists.ToDictionary(l => l.Key, StringComparer.OrdinalIgnoreCase);
        var scales = List(CodeListKeys.SalaryScales);
        var ranks = List(CodeListKeys.Ranks);
        Salary = new SalaryTables(
            $"{scales?.Version} / {ranks?.Version}",
            $"{scales?.Source} | {ranks?.Source}",
            scales?.Items.Select(i => new SalaryScale(i.Code, i.Name, i.Values, i.Months ?? 36)) ?? [],
            ranks?.Items.Select(i => new RankInfo(i.Code, i.Name, i.Parent ?? "")) ?? []);
        BaseSalaries = [.. (List(CodeListKeys.BaseSalary)?.Items ?? [])
            .Select(i => new BaseSalary(DateOnly.ParseExact(i.Code, "yyyy-MM-dd", CultureInfo.InvariantCulture), i.Values.Count > 0 ? i.Values[0] : 0m, i.Name))
            .OrderBy(b => b.ValidFrom)];
    }

    public IReadOnlyCollection<CodeList> Lists => lists.Values;

    public SalaryTables Salary { get; }

    /// <summary>The effective-dated base salary series, oldest first.</summary>
    public IReadOnlyList<BaseSalary> BaseSalaries { get; }

    public CodeList? List(string? key) => key is null ? null : lists.GetValueOrDefault(key);

    public IReadOnlyList<CodeItem> Items(string? key) => List(key)?.Items ?? [];

    public CodeItem? Find(string? key, string? codeOrName) => List(key)?.Find(codeOrName);

    public SalaryScale? FindScale(string? code) => Salary.FindScale(code);

    public RankInfo? FindRank(string? codeOrName) => Salary.FindRank(codeOrName);

    /// <summary>The base salary in force on a day (the latest one valid from that day or earlier); null before the series.</summary>
    public BaseSalary? BaseSalaryOn(DateOnly date) => BaseSalaries.LastOrDefault(b => b.ValidFrom <= date);

    /// <summary>The 2008 (QĐ 1019/QĐ-TCTK) entry for a 1979 (QĐ 121-TCTK/PPCĐ) ethnic code — the codes conflict (04 Hoa ↔ 04 Mường).</summary>
    public CodeItem? Ethnic2008From1979(string? code1979) =>
        Find(CodeListKeys.Ethnic2008, Find(CodeListKeys.Ethnic1979, code1979)?.Parent);
}
