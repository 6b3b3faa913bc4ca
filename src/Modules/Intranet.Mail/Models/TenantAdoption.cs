namespace Intranet.Mail.Models;

/// <summary>Adoption in one department: how many active accounts have an active mailbox, and how many used mail lately.</summary>
public sealed record TenantAdoption(string TenantName, int ActiveAccounts, int WithActiveMailbox, int UsedLast30Days)
{
    public double MailboxShare => ActiveAccounts == 0 ? 0 : Math.Round((double)WithActiveMailbox / ActiveAccounts, 4);

    public double UsageShare => ActiveAccounts == 0 ? 0 : Math.Round((double)UsedLast30Days / ActiveAccounts, 4);
}
