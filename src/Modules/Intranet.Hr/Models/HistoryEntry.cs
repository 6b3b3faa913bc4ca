namespace Intranet.Hr.Models;

/// <summary>Group 3: a period of personal history or work before the agency (tóm tắt quá trình công tác).</summary>
public sealed class HistoryEntry
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public required string Description { get; set; }
}
