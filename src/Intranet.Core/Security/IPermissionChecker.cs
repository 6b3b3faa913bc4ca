using System.Security.Claims;
using Intranet.Core.Tenants;

namespace Intranet.Core.Security;

/// <summary>Decides whether a user holds a permission in a tenant (membership + roles there). The Users module implements it.</summary>
public interface IPermissionChecker
{
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, Tenant tenant, Permission permission, CancellationToken cancellationToken = default);

    /// <summary>Whether the user is a member of the tenant at all.</summary>
    Task<bool> IsMemberAsync(ClaimsPrincipal user, Tenant tenant, CancellationToken cancellationToken = default);
}
