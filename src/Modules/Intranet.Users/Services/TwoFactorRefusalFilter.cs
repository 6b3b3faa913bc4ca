using Intranet.Core.Web;
using Intranet.Users.Controllers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Users.Services;

/// <summary>
/// A 403 that happened only because an administrator has no second factor says so: problem+json telling an API
/// caller to enrol TOTP, and a redirect to the enrolment page for a browser. Runs for results from any filter too.
/// </summary>
internal sealed class TwoFactorRefusalFilter : IAsyncAlwaysRunResultFilter
{
    public const string Message = "Tài khoản có quyền quản trị phải bật xác thực hai lớp (TOTP) trước khi dùng các quyền này. Hãy bật tại /account/two-factor rồi đăng nhập lại.";

    private readonly PermissionChecker _checker;

    public TwoFactorRefusalFilter(PermissionChecker checker) => _checker = checker;

    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (_checker.RefusedForMissingTwoFactor && IsForbidden(context.Result))
        {
            context.Result = ApiProblems.IsApiRequest(context.HttpContext)
                ? ApiResults.Problem(403, Message)
                : new RedirectResult(TwoFactorRequirementFilter.EnrolmentUrl(context.HttpContext));
        }

        return next();
    }

    private static bool IsForbidden(IActionResult result) => result switch
    {
        ForbidResult => true,
        ObjectResult { StatusCode: 403 } => true,
        StatusCodeResult { StatusCode: 403 } => true,
        _ => false,
    };
}
