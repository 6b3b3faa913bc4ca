namespace Intranet.Mail.Models;

public enum MailListKind
{
    /// <summary>Members chosen by an administrator.</summary>
    Manual = 0,

    /// <summary>Every member of a department, kept in step with memberships.</summary>
    Tenant = 1,

    /// <summary>Every person placed in an org unit, kept in step with the Directory.</summary>
    Unit = 2,
}
