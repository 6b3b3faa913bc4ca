namespace Intranet.Core.Security;

/// <summary>The roles every tenant starts with. Tenants may add their own.</summary>
public static class StandardRoles
{
    /// <summary>Runs the tenant (department administrator; in the host, the province administrator).</summary>
    public const string Administrator = "Administrator";

    /// <summary>Keeps HR records.</summary>
    public const string HrOfficer = "HrOfficer";

    /// <summary>Publishes courses.</summary>
    public const string Trainer = "Trainer";

    /// <summary>Edits the department site.</summary>
    public const string Editor = "Editor";

    /// <summary>Every civil servant who belongs to the tenant.</summary>
    public const string Member = "Member";

    public static readonly IReadOnlyList<string> All = [Administrator, HrOfficer, Trainer, Editor, Member];
}
