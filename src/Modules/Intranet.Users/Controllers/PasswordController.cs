using Intranet.Core.Data;
using Intranet.Core.Web;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Intranet.Users.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Intranet.Users.Controllers;

/// <summary>Forgotten password (a reset link by email, same answer whether the email exists), reset, and change.</summary>
[Route("account")]
public sealed class PasswordController : Controller
{
    private readonly AccountManager _accounts;
    private readonly AccountChanges _changes;
    private readonly PasswordResetQueue _resets;
    private readonly IHostTenantProvider _hostTenant;
    private readonly ILogger<PasswordController> _logger;

    public PasswordController(AccountManager accounts, AccountChanges changes, PasswordResetQueue resets, IHostTenantProvider hostTenant, ILogger<PasswordController> logger)
    {
        _accounts = accounts;
        _changes = changes;
        _resets = resets;
        _hostTenant = hostTenant;
        _logger = logger;
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(ClientRateLimitPolicy.Name)]
    [AccountThrottle(ThrottleKind.ForgotPassword)]
    public IActionResult ForgotPassword(ForgotPasswordViewModel model)
    {
        var email = model.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256)
        {
            model.Error = "Vui lòng nhập email công vụ của bạn.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        // Only queued here: the lookup, the token and the email happen in the background, so the answer and its
        // timing are the same whether the email belongs to an account or not.
        if (!_resets.Enqueue(email, HttpContext.GetTenant() ?? _hostTenant.Host))
        {
            _logger.LogWarning("The password reset queue is full; a request was dropped");
        }

        return View(new ForgotPasswordViewModel { Sent = true });
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token)
    {
        Response.Headers.CacheControl = "no-store";
        return View(new ResetPasswordViewModel { Email = email, Token = token });
    }

    [AllowAnonymous]
    [HttpPost("reset-password")]
    [EnableRateLimiting(ClientRateLimitPolicy.Name)]
    [AccountThrottle(ThrottleKind.ResetPassword)]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (PasswordPairError(model.NewPassword, model.ConfirmPassword) is { } pairError)
        {
            return Refuse(model, pairError);
        }

        // The token is checked first, against a stand-in when the email is unknown, and before the password
        // policy: a weak password with a made-up link gets the same answer for every email.
        var account = string.IsNullOrWhiteSpace(model.Email) || model.Email.Length > 256 ? null : await _accounts.FindByEmailAsync(model.Email);
        var users = _accounts.Users;
        var tokenValid = await users.VerifyUserTokenAsync(account ?? new Account(), users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<Account>.ResetPasswordTokenPurpose, model.Token ?? "");
        if (account is null || !tokenValid || string.IsNullOrEmpty(model.Token))
        {
            return Refuse(model, "Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
        }

        try
        {
            await _changes.RunAsync(m => ResetAsync(m, account.Id, model.Token, model.NewPassword!, cancellationToken), cancellationToken);
        }
        catch (AccountException ex)
        {
            return Refuse(model, ex.Message);
        }

        return View(new ResetPasswordViewModel { Done = true });
    }

    [Authorize(AuthenticationSchemes = UsersAuthentication.CookieScheme)]
    [HttpGet("change-password")]
    public async Task<IActionResult> ChangePassword(string? returnUrl)
    {
        var account = await _accounts.RequireAsync(User.AccountId()!);
        return View(new ChangePasswordViewModel { ReturnUrl = SafeReturnUrl(returnUrl), Required = account.MustChangePassword });
    }

    [Authorize(AuthenticationSchemes = UsersAuthentication.CookieScheme)]
    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model, CancellationToken cancellationToken)
    {
        model.ReturnUrl = SafeReturnUrl(model.ReturnUrl);
        if (string.IsNullOrEmpty(model.CurrentPassword))
        {
            return Refuse(model, "Vui lòng nhập mật khẩu hiện tại.");
        }

        if (PasswordPairError(model.NewPassword, model.ConfirmPassword) is { } pairError)
        {
            return Refuse(model, pairError);
        }

        var id = User.AccountId()!;
        try
        {
            await _changes.RunAsync(async m => await m.ChangePasswordAsync(await m.RequireAsync(id), model.CurrentPassword, model.NewPassword!, cancellationToken), cancellationToken);
        }
        catch (AccountException ex)
        {
            return Refuse(model, ex.Message);
        }

        // The stamp changed, which ends every other session; keep this one.
        var account = await _accounts.RequireAsync(id);
        await CookieSessions.SignInAsync(HttpContext, account, CookieSessions.HasSecondFactor(User));
        TempData["Flash.Success"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.";
        return LocalRedirect(model.ReturnUrl);
    }

    private static async Task ResetAsync(AccountManager manager, string id, string token, string password, CancellationToken cancellationToken)
    {
        var account = await manager.RequireAsync(id);
        await manager.ValidatePasswordAsync(account, password);
        await manager.ResetPasswordAsync(account, token, password, cancellationToken);
        await manager.Users.ResetAccessFailedCountAsync(account);
        await manager.Users.SetLockoutEndDateAsync(account, null);
    }

    private static string? PasswordPairError(string? password, string? confirm)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Vui lòng nhập mật khẩu mới.";
        }

        return password == confirm ? null : "Hai lần nhập mật khẩu mới không khớp.";
    }

    private ViewResult Refuse<TModel>(TModel model, string error)
    {
        switch (model)
        {
            case ResetPasswordViewModel reset:
                reset.Error = error;
                reset.NewPassword = reset.ConfirmPassword = null;
                break;
            case ChangePasswordViewModel change:
                change.Error = error;
                change.CurrentPassword = change.NewPassword = change.ConfirmPassword = null;
                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private string SafeReturnUrl(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "~/";
}
