namespace Intranet.StaffDirectory.ViewModels;

/// <summary>The answer of the search API: how many matched, and the visible page.</summary>
public sealed record SearchResponse(int Total, IReadOnlyList<SearchItem> Items);
