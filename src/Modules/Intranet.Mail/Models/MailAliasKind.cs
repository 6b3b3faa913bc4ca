namespace Intranet.Mail.Models;

public enum MailAliasKind
{
    /// <summary>Set by an administrator.</summary>
    Alias = 0,

    /// <summary>A departed person's mail, forwarded to a colleague.</summary>
    Forward = 1,

    /// <summary>A member of a distribution list.</summary>
    ListMember = 2,
}
