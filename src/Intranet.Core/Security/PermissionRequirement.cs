using Microsoft.AspNetCore.Authorization;

namespace Intranet.Core.Security;

/// <summary>Authorization requirement: the permission, in the request's tenant.</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;
