namespace Intranet.AuditTrail.Services;

public enum ChainBreakKind
{
    /// <summary>Positions jump: rows before this one were deleted.</summary>
    Missing,

    /// <summary>The stored previous hash is not the previous row's hash.</summary>
    Link,

    /// <summary>The row's own hash does not match its content.</summary>
    Content,

    /// <summary>A position repeats or goes backwards.</summary>
    Sequence,
}
