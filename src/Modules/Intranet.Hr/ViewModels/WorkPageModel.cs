using Intranet.Hr.Services.Work;

namespace Intranet.Hr.ViewModels;

/// <summary>The work-list page: which list, its window and lines, and what the officer may do with them.</summary>
public sealed class WorkPageModel
{
    public WorkListKind Kind { get; init; }

    public int Days { get; init; }

    public DateOnly Today { get; init; }

    public IReadOnlyList<WorkItem> Items { get; init; } = [];

    public bool CanEdit { get; init; }

    public bool CanExport { get; init; }

    public string? Message { get; init; }

    /// <summary>The record a decision was just confirmed for (the page offers its résumé).</summary>
    public int? ConfirmedRecordId { get; init; }
}
