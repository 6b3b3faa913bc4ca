namespace Intranet.AuditTrail.Services;

/// <summary>The outcome of checking a chain: intact, or the first entry whose link or content does not hold.</summary>
public sealed record ChainVerification(string TenantName, long Count, ChainBreak? Break = null)
{
    public bool Intact => Break is null;
}
