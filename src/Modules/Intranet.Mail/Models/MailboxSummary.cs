namespace Intranet.Mail.Models;

public sealed record MailboxSummary(
    int Id, string Email, string DisplayName, string Domain, string? AccountId, string? TenantName, bool IsActive,
    long QuotaMb, bool AutoReply, string? ForwardTo, bool AppPasswordsOnly, DateTime CreatedUtc, DateTime? DisabledUtc);
