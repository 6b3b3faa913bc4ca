using Intranet.Core.OrgUnits;
using Intranet.Hr.Services.Records;

namespace Intranet.Hr.ViewModels;

/// <summary>The record list page: the filter as typed, the page of results and what the reader may do.</summary>
public sealed class RecordListModel
{
    public string? Q { get; init; }

    public string? Unit { get; init; }

    public string? Status { get; init; }

    public string? Rank { get; init; }

    /// <summary>The as-of date as typed (dd/MM/yyyy).</summary>
    public string? AsOf { get; init; }

    public RecordPage? Page { get; init; }

    public IReadOnlyList<OrgUnitInfo> Units { get; init; } = [];

    public bool ShowSalary { get; init; }

    public bool MayEdit { get; init; }

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The query string of this filter for another page number.</summary>
    public string PageUrl(int page) =>
        "?" + string.Join("&", new[] { ("q", Q), ("unit", Unit), ("status", Status), ("rank", Rank), ("asOf", AsOf), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}
