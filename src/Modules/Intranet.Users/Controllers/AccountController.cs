using System.Security.Claims;
using Intranet.Core.Audit;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Intranet.Users.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Intranet.Users.Controllers;

/// <summary>Sign-in (password, then TOTP when enrolled) and sign-out. The cookie has path / and serves every tenant.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class AccountController : Controller
{
    private readonly SignInService _signIn;
    private readonly AccountManager _accounts;
    private readonly AuditRecorder _audit;
    private readonly DeviceCookies _devices;

    public AccountController(SignInService signIn, AccountManager accounts, AuditRecorder audit, DeviceCookies devices)
    {
        _devices = devices;
        _signIn = signIn;
        _accounts = accounts;
        _audit = audit;
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl)
    {
        NoStore();
        return View(new LoginViewModel { ReturnUrl = SafeReturnUrl(returnUrl) });
    }

    [HttpPost("login")]
    [EnableRateLimiting(ClientRateLimitPolicy.Name)]
    [AccountThrottle(ThrottleKind.SignIn)]
    public async Task<IActionResult> Login(LoginViewModel model, CancellationToken cancellationToken)
    {
        NoStore();
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        if (string.IsNullOrWhiteSpace(model.Email) || string.IsNullOrEmpty(model.Password))
        {
            model.Error = "Vui lòng nhập email và mật khẩu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var outcome = await _signIn.CheckPasswordAsync(model.Email, model.Password, "form", cancellationToken, _devices.TrustedDeviceFor(HttpContext, model.Email));
        if (outcome.Status == SignInStatus.RequiresTwoFactor)
        {
            var pending = new ClaimsIdentity(UsersAuthentication.TwoFactorScheme);
            pending.AddClaim(new Claim(ClaimTypes.NameIdentifier, outcome.Account!.Id));
            await HttpContext.SignInAsync(UsersAuthentication.TwoFactorScheme, new ClaimsPrincipal(pending));
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = model.ReturnUrl });
        }

        if (!outcome.Succeeded)
        {
            model.Error = outcome.Message;
            model.Password = null;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(model);
        }

        return await CompleteAsync(outcome.Account!, secondFactor: false, model.ReturnUrl);
    }

    [HttpGet("login/2fa")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl)
    {
        NoStore();
        if (await PendingAccountIdAsync() is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = SafeReturnUrl(returnUrl) });
        }

        return View(new TwoFactorLoginViewModel { ReturnUrl = SafeReturnUrl(returnUrl) });
    }

    [HttpPost("login/2fa")]
    [EnableRateLimiting(ClientRateLimitPolicy.Name)]
    [AccountThrottle(ThrottleKind.SecondFactor)]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginViewModel model, CancellationToken cancellationToken)
    {
        NoStore();
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        var account = await PendingAccountIdAsync() is { } id ? await _accounts.FindByIdAsync(id) : null;
        if (account is null)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = model.ReturnUrl });
        }

        if (string.IsNullOrWhiteSpace(model.Code))
        {
            model.Error = "Vui lòng nhập mã 6 số từ ứng dụng xác thực, hoặc một mã khôi phục.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var outcome = await _signIn.CheckSecondFactorAsync(account, model.Code, "form", cancellationToken, _devices.TrustedDeviceFor(HttpContext, account.Email));
        if (!outcome.Succeeded)
        {
            model.Error = outcome.Message;
            model.Code = null;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            if (outcome.Status == SignInStatus.LockedOut)
            {
                await HttpContext.SignOutAsync(UsersAuthentication.TwoFactorScheme);
            }

            return View(model);
        }

        await HttpContext.SignOutAsync(UsersAuthentication.TwoFactorScheme);
        return await CompleteAsync(account, secondFactor: true, model.ReturnUrl);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await _audit.RecordAsync(new AuditEvent("auth", "sign-out", User.Identity.Name) { Actor = User.Identity.Name }, cancellationToken);
        }

        await HttpContext.SignOutAsync(UsersAuthentication.CookieScheme);
        await HttpContext.SignOutAsync(UsersAuthentication.TwoFactorScheme);
        return LocalRedirect("~/");
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied() => StatusCode(StatusCodes.Status403Forbidden);

    private async Task<IActionResult> CompleteAsync(Account account, bool secondFactor, string returnUrl)
    {
        await CookieSessions.SignInAsync(HttpContext, account, secondFactor);
        _devices.Issue(HttpContext, account.Email!);
        if (account.MustChangePassword)
        {
            return LocalRedirect("~/account/change-password?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        return LocalRedirect(returnUrl);
    }

    private async Task<string?> PendingAccountIdAsync()
    {
        var pending = await HttpContext.AuthenticateAsync(UsersAuthentication.TwoFactorScheme);
        return pending.Succeeded ? pending.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    /// <summary>Only local paths: no open redirect.</summary>
    private string SafeReturnUrl(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "~/";

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
