namespace Intranet.Tenants.Services;

/// <summary>One page of the tenant list: search text, sort key ("name", "displayName", "prefix", "created", "state"; "-" before it for descending), page from 1.</summary>
public sealed record TenantQuery(string? Search, string? Sort, int Page = 1, int PageSize = 25)
{
    public const int MaxPageSize = 200;

    public static readonly IReadOnlyList<string> SortKeys = ["name", "displayName", "prefix", "created", "state"];

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public string SortKey => (Sort ?? "name").TrimStart('-');

    public bool Descending => Sort?.StartsWith('-') == true;
}
