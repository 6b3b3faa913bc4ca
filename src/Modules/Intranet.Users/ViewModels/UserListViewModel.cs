using Intranet.Users.Models;

namespace Intranet.Users.ViewModels;

public sealed record UserListViewModel(Page<AccountRow> Page, string? Query, bool IsHost);
