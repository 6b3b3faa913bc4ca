using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
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
    private readonly UsersDbContext _db;

    public TwoFactorRequirementFilter(IOptionsMonitor<UsersOptions> options, PermissionChecker checker, ITenantAccessor tenants, UsersDbContext db)
    {
        _options = options;
        _checker = checker;
        _tenants = tenants;
        _db = db;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (_options.CurrentValue.RequireTwoFactorForAdministrators
            && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AdminAttribute>() is not null
            && context.HttpContext.User.AccountId() is { } id
            && _tenants.Current is { } tenant
            && (await _checker.RolesAsync(id, tenant.Name))?.Contains(StandardRoles.Administrator) == true
            && !await _db.Users.AsNoTracking().Where(a => a.Id == id).Select(a => a.TwoFactorEnabled).FirstOrDefaultAsync())
        {
            context.Result = new RedirectResult(context.HttpContext.Request.PathBase + "/account/two-factor?required=true");
            return;
        }

        await next();
    }
}
