namespace Intranet.Hr.Rules;

/// <summary>Shortcuts over <see cref="ICodeLists.CurrentAsync"/>.</summary>
public static class CodeListsExtensions
{
    public static async ValueTask<BaseSalary?> BaseSalaryOnAsync(this ICodeLists codeLists, DateOnly date, CancellationToken cancellationToken = default) =>
        (await Current(codeLists, cancellationToken)).BaseSalaryOn(date);

    public static async ValueTask<SalaryScale?> FindScaleAsync(this ICodeLists codeLists, string? code, CancellationToken cancellationToken = default) =>
        (await Current(codeLists, cancellationToken)).FindScale(code);

    public static async ValueTask<RankInfo?> FindRankAsync(this ICodeLists codeLists, string? codeOrName, CancellationToken cancellationToken = default) =>
        (await Current(codeLists, cancellationToken)).FindRank(codeOrName);

    public static async ValueTask<CodeItem?> FindAsync(this ICodeLists codeLists, string key, string? codeOrName, CancellationToken cancellationToken = default) =>
        (await Current(codeLists, cancellationToken)).Find(key, codeOrName);

    public static async ValueTask<IReadOnlyList<CodeItem>> ItemsAsync(this ICodeLists codeLists, string key, CancellationToken cancellationToken = default) =>
        (await Current(codeLists, cancellationToken)).Items(key);

    private static ValueTask<CodeListSet> Current(ICodeLists codeLists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codeLists);
        return codeLists.CurrentAsync(cancellationToken);
    }
}
