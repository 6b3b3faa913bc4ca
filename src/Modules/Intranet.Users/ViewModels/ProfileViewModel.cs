using Intranet.Users.Models;

namespace Intranet.Users.ViewModels;

/// <summary>"My account": who I am and where I am a member.</summary>
public sealed record ProfileViewModel(Account Account, IReadOnlyList<TenantMembership> Memberships);
