using System.Security.Claims;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Users.Throttling;

/// <summary>
/// The per-account limit on a sign-in action: refuses with 429 once the target account (the email in the bound
/// model, or the pending second-factor account) has had too many failures, and counts a failure when the action
/// answers 400/401. Forgot-password counts every request. A browser with a valid device cookie for the account is
/// not limited here (its own failures lock only that device).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AccountThrottleAttribute : Attribute, IAsyncActionFilter
{
    public AccountThrottleAttribute(ThrottleKind kind) => Kind = kind;

    public ThrottleKind Kind { get; }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = Kind == ThrottleKind.SecondFactor ? await PendingAccountAsync(http) : context.ActionArguments.Values.Select(EmailOf).FirstOrDefault(e => e is not null);
        if (string.IsNullOrWhiteSpace(key) || key.Length > 256)
        {
            await next();
            return;
        }

        if (Kind == ThrottleKind.SignIn && http.RequestServices.GetRequiredService<DeviceCookies>().TrustedDeviceFor(http, key) is not null)
        {
            await next();
            return;
        }

        var throttle = http.RequestServices.GetRequiredService<AccountThrottle>();
        if (throttle.Blocked(Kind, key) is { } retryAfter)
        {
            context.Result = new TooManyRequestsResult(retryAfter);
            return;
        }

        var executed = await next();
        var status = executed.Result is IStatusCodeActionResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        if (Kind == ThrottleKind.ForgotPassword || (executed.Exception is null && status is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized))
        {
            throttle.Record(Kind, key);
        }
    }

    private static string? EmailOf(object? argument) => argument switch
    {
        LoginViewModel login => login.Email,
        TokenRequest token => token.Email,
        ForgotPasswordViewModel forgot => forgot.Email,
        ResetPasswordViewModel reset => reset.Email,
        _ => null,
    };

    private static async Task<string?> PendingAccountAsync(HttpContext http)
    {
        var pending = await http.AuthenticateAsync(UsersAuthentication.TwoFactorScheme);
        return pending.Succeeded ? pending.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    private sealed class TooManyRequestsResult(TimeSpan retryAfter) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => TooManyRequests.WriteAsync(context.HttpContext, retryAfter);
    }
}
