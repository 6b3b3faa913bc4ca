namespace Intranet.Search.Services;

public enum RebuildState
{
    Idle,
    Running,
    Completed,
    Failed,
}

/// <summary>What the admin page shows of one index's last or current rebuild.</summary>
public sealed record SearchIndexStatus(
    SearchIndexKey Key,
    RebuildState State,
    int Total,
    int Done,
    DateTime? StartedUtc,
    DateTime? FinishedUtc,
    string? Error)
{
    public int Percent => Total <= 0 ? (State == RebuildState.Completed ? 100 : 0) : Math.Min(100, Done * 100 / Total);

    public TimeSpan? Elapsed => StartedUtc is { } s ? (FinishedUtc ?? DateTime.UtcNow) - s : null;
}
