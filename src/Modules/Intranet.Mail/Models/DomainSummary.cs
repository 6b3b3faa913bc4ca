namespace Intranet.Mail.Models;

public sealed record DomainSummary(
    int Id, string Name, bool IsActive, int MaxMailboxes, int MaxAliases, long DefaultQuotaMb, string AddressPattern,
    IReadOnlyList<string> Tenants, int Mailboxes, int ActiveMailboxes, int Aliases);
