using Intranet.Core.Security;
using Intranet.Users.Models;

namespace Intranet.Users.ViewModels;

public sealed record RoleEditViewModel(RoleRow Role, IReadOnlyList<(string Module, IReadOnlyList<Permission> Permissions)> Groups);
