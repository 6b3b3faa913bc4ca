using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// With Intranet:Users:RequireTwoFactorForAdministrators, an account holding administrative permissions in the
/// current tenant (whatever its roles are called) but no TOTP is sent to the enrolment page instead of any admin
/// page. The permissions themselves are withheld by <see cref="PermissionChecker"/>, which covers the APIs.
/// </summary>
internal sealed class TwoFactorRequirementFilter : IAsyncActionFilter
{
    private readonly IOptionsMonitor<UsersOptions> _options;
    private readonly PermissionChecker _checker;
    private readonly ITenantAccessor _tenants;

    public TwoFactorRequirementFilter(IOptionsMonitor<UsersOptions> options, PermissionChecker checker, ITenantAccessor tenants)
    {
        _options = options;
        _checker = checker;
        _tenants = tenants;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (_options.CurrentValue.RequireTwoFactorForAdministrators
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AdminAttribute>() is not null
            && _tenants.Current is { } tenant
            && (await _checker.WithheldAsync(context.HttpContext.User, tenant, context.HttpContext.RequestAborted)).Count > 0)
        {
            context.Result = new RedirectResult(EnrolmentUrl(context.HttpContext));
            return;
        }

        await next();
    }

    public static string EnrolmentUrl(HttpContext context) => context.Request.PathBase + "/account/two-factor?required=true";
}
