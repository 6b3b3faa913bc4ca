using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Intranet.Core.Security;

public static class AuthorizationServiceExtensions
{
    /// <summary>Whether the user holds the permission in the current tenant.</summary>
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission) =>
        (await service.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;
}
