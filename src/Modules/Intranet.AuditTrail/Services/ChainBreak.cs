namespace Intranet.AuditTrail.Services;

/// <summary>The first entry at which a chain does not hold, and why.</summary>
public sealed record ChainBreak(long EntryId, DateTime TimeUtc, ChainBreakKind Kind, long? MissingFrom = null)
{
    /// <summary>For the command line (English, like the rest of the CLI output).</summary>
    public string Describe() => Kind switch
    {
        ChainBreakKind.Missing => $"entries {MissingFrom}–{EntryId - 1} before it are missing",
        ChainBreakKind.Link => "its link to the previous entry does not match (an earlier entry was removed or altered)",
        ChainBreakKind.Content => "its content was altered after it was written",
        _ => "its position is out of sequence",
    };
}
