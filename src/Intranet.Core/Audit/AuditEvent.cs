namespace Intranet.Core.Audit;

/// <summary>
/// Something worth a permanent record. <see cref="Category"/> is the area ("auth", "account", "tenant",
/// "feature", "hr"…), <see cref="Action"/> what happened ("sign-in.failed", "created"…), <see cref="Subject"/>
/// what it happened to. Details must never hold secrets.
/// </summary>
public sealed record AuditEvent(string Category, string Action, string? Subject = null, string? Details = null)
{
    /// <summary>Who did it; null means the signed-in user of the current request (or the system).</summary>
    public string? Actor { get; init; }

    /// <summary>Whose chain records it; null means the current tenant.</summary>
    public string? TenantName { get; init; }

    public bool Succeeded { get; init; } = true;
}
