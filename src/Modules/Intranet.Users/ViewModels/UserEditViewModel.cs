using Intranet.Users.Models;

namespace Intranet.Users.ViewModels;

/// <summary>One account in the admin: its fields, its roles in this tenant, and what this tenant may change.</summary>
public sealed record UserEditViewModel(AccountRow Account, IReadOnlyList<string> AvailableRoles, bool OwnsAccount, bool IsHost, bool IsSelf)
{
    /// <summary>Why the last change was refused.</summary>
    public string? Error { get; init; }

    /// <summary>Every tenant the account belongs to; filled only for its home department and the province.</summary>
    public IReadOnlyList<MembershipRow> Memberships { get; init; } = [];

    /// <summary>The tenant whose admin this is (its own membership is removed with "Xóa khỏi đơn vị").</summary>
    public string TenantName { get; init; } = "";
}
