using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>
/// With Intranet:Users:RequireTwoFactorForAdministrators, an Administrator of the current tenant who has not
/// enrolled a second factor is sent to the enrolment page instead of any admin page.
/// </summary>
internal sealed class TwoFactorRequirementFilter : IAsyncActionFilter
{
    private readonly IOptionsMonitor<UsersOptions> _options;
    private readonly PermissionChecker _checker;
    private readonly ITenantAccessor _tenants;
    private readonly IServiceProvider _services;

    // The context is resolved only when the rule applies: this filter runs on every action.
    public TwoFactorRequirementFilter(IOptionsMonitor<UsersOptions> options, PermissionChecker checker, ITenantAccessor tenants, IServiceProvider services)
    {
        _options = options;
        _checker = checker;
        _tenants = tenants;
        _services = services;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (_options.CurrentValue.RequireTwoFactorForAdministrators
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AdminAttribute>() is not null
            && context.HttpContext.User.AccountId() is { } id
            && _tenants.Current is { } tenant
            && (await _checker.RolesAsync(id, tenant.Name))?.Contains(StandardRoles.Administrator) == true
            && !await _services.GetRequiredService<UsersDbContext>().Users.AsNoTracking().Where(a => a.Id == id).Select(a => a.TwoFactorEnabled).FirstOrDefaultAsync())
        {
            context.Result = new RedirectResult(context.HttpContext.Request.PathBase + "/account/two-factor?required=true");
            return;
        }

        await next();
    }
}
