namespace Intranet.AuditTrail.Models;

/// <summary>
/// One link of a tenant database's audit chain. <see cref="Id"/> is the position in the chain (1, 2, 3…, no gaps),
/// assigned under the database's write lock; <see cref="Hash"/> = SHA-256(<see cref="PreviousHash"/> + canonical content).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime TimeUtc { get; set; }

    /// <summary>The tenant the event came from (the chain is the database it is stored in).</summary>
    public string? TenantName { get; set; }

    public string Category { get; set; } = "";

    public string Action { get; set; } = "";

    public string? Subject { get; set; }

    public string? Details { get; set; }

    /// <summary>The signed-in user's email, or "system".</summary>
    public string Actor { get; set; } = "";

    public bool Succeeded { get; set; } = true;

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
