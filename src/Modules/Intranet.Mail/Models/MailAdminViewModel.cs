using Intranet.Email.Outbox;

namespace Intranet.Mail.Models;

/// <summary>The mail administration page: domains, the mailboxes of the chosen domain (searchable, paged), the outbox.</summary>
public sealed record MailAdminViewModel(
    Paged<DomainSummary> Domains, int? DomainId, string? Query, Paged<MailboxSummary> Mailboxes, OutboxStatus Outbox, string? Error, string? Message)
{
    public DomainInput NewDomain { get; init; } = new();
}
