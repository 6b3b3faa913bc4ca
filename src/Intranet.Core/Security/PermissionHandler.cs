using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace Intranet.Core.Security;

/// <summary>Checks a <see cref="PermissionRequirement"/> in the current tenant; an anonymous user never passes.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    private readonly ITenantAccessor _tenants;
    private readonly IPermissionChecker _checker;

    public PermissionHandler(ITenantAccessor tenants, IPermissionChecker checker)
    {
        _tenants = tenants;
        _checker = checker;
    }

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true || _tenants.Current is not { } tenant)
        {
            return;
        }

        if (await _checker.HasPermissionAsync(context.User, tenant, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
