using Intranet.Core.Web;
using Intranet.Users.Controllers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Users.Services;

/// <summary>
/// A session whose password was set by someone else (MustChangePassword) does nothing but change it (probe S9):
/// every page sends it to /account/change-password (with the way back), every API answers 403 problem+json.
/// Signing in and out, the password pages and static files (served before MVC) stay reachable.
/// </summary>
internal sealed class MustChangePasswordFilter : IAsyncActionFilter, IOrderedFilter
{
    public const string ApiMessage = "Mật khẩu của tài khoản là mật khẩu tạm thời do quản trị đặt: hãy đăng nhập trên trình duyệt và đổi mật khẩu (/account/change-password) trước khi tiếp tục.";

    private static readonly string[] Allowed =
        ["/account/change-password", "/account/logout", "/account/login", "/account/forgot-password", "/account/reset-password", "/account/access-denied"];

    private readonly SessionValidator _sessions;

    public MustChangePasswordFilter(SessionValidator sessions) => _sessions = sessions;

    /// <summary>Before the second-factor filters: changing the password comes first.</summary>
    public int Order => -1000;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.AccountId() is { } id
            && !Allowed.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && (await _sessions.FindAsync(id, http.RequestAborted))?.MustChangePassword == true)
        {
            context.Result = ApiProblems.IsApiRequest(http) ? ApiResults.Problem(403, ApiMessage) : new RedirectResult(ChangeUrl(http.Request));
            return;
        }

        await next();
    }

    private static string ChangeUrl(HttpRequest request)
    {
        // A form post cannot be replayed by a GET: send those back to the tenant's home afterwards.
        var back = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? request.PathBase + request.Path + request.QueryString
            : request.PathBase + "/";
        return request.PathBase + "/account/change-password?returnUrl=" + Uri.EscapeDataString(back.ToString());
    }
}
