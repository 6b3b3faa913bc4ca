using Intranet.Core.Audit;
using Intranet.Users.Models;
using Intranet.Users.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OtpNet;
using QRCoder;

namespace Intranet.Users.Controllers;

/// <summary>
/// The account's own TOTP second factor: enrol (QR code served by the app, then a code to prove it works),
/// 10 recovery codes shown once, and turning it off (with a current code).
/// </summary>
[Authorize(AuthenticationSchemes = UsersAuthentication.CookieScheme)]
[Route("account/two-factor")]
public sealed class TwoFactorController : Controller
{
    private const string KeyProvider = "[AspNetUserStore]";
    private const string KeyName = "AuthenticatorKey";

    private static readonly SemaphoreSlim PendingKeyLock = new(1, 1);

    private readonly AccountManager _accounts;
    private readonly TotpService _totp;
    private readonly AuditRecorder _audit;

    public TwoFactorController(AccountManager accounts, TotpService totp, AuditRecorder audit)
    {
        _accounts = accounts;
        _totp = totp;
        _audit = audit;
    }

    private UserManager<Account> Users => _accounts.Users;

    [HttpGet("")]
    public async Task<IActionResult> Index(bool required = false)
    {
        Response.Headers.CacheControl = "no-store";
        var account = await _accounts.RequireAsync(User.AccountId()!);
        var model = new TwoFactorViewModel { Enabled = account.TwoFactorEnabled, Required = required };
        if (account.TwoFactorEnabled)
        {
            model.RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(account);
        }
        else
        {
            model.ManualKey = Group(await PendingKeyAsync(account));
        }

        return View(model);
    }

    /// <summary>The enrolment QR code (PNG), made here: the secret never goes to a third-party service.</summary>
    [HttpGet("qr")]
    public async Task<IActionResult> QrCode()
    {
        var account = await _accounts.RequireAsync(User.AccountId()!);
        if (account.TwoFactorEnabled)
        {
            return NotFound();
        }

        var uri = _totp.ProvisioningUri(account.Email!, await PendingKeyAsync(account));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        Response.Headers.CacheControl = "no-store";
        return File(png, "image/png");
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string? code, CancellationToken cancellationToken)
    {
        var account = await _accounts.RequireAsync(User.AccountId()!);
        if (account.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var key = await PendingKeyAsync(account);
        if (string.IsNullOrWhiteSpace(code) || !_totp.Verify(key, code, null, out var step))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new TwoFactorViewModel { ManualKey = Group(key), Error = "Mã không đúng. Kiểm tra giờ trên điện thoại và nhập mã 6 số đang hiển thị." });
        }

        account.TotpLastTimeStep = step;
        await Users.UpdateAsync(account);
        await Users.SetTwoFactorEnabledAsync(account, true); // changes the stamp: every other session ends
        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))?.ToList() ?? [];
        await _audit.RecordAsync(new AuditEvent("account", "two-factor.enabled", account.Email) { Actor = account.Email }, cancellationToken);
        await CookieSessions.SignInAsync(HttpContext, await _accounts.RequireAsync(account.Id), secondFactor: true);
        return View("Index", new TwoFactorViewModel { Enabled = true, RecoveryCodes = codes, RecoveryCodesLeft = codes.Count, Message = "Đã bật xác thực hai lớp." });
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes(string? code, CancellationToken cancellationToken)
    {
        var account = await _accounts.RequireAsync(User.AccountId()!);
        if (!account.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!await CurrentCodeAsync(account, code))
        {
            return await WrongCodeAsync(account, cancellationToken);
        }

        var codes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))?.ToList() ?? [];
        await _audit.RecordAsync(new AuditEvent("account", "two-factor.recovery-codes", account.Email) { Actor = account.Email }, cancellationToken);
        return View("Index", new TwoFactorViewModel { Enabled = true, RecoveryCodes = codes, RecoveryCodesLeft = codes.Count, Message = "Đã tạo mã khôi phục mới; các mã cũ không còn dùng được." });
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string? code, CancellationToken cancellationToken)
    {
        var account = await _accounts.RequireAsync(User.AccountId()!);
        if (!account.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!await CurrentCodeAsync(account, code))
        {
            return await WrongCodeAsync(account, cancellationToken);
        }

        await _accounts.ResetTwoFactorAsync(account, cancellationToken);
        await CookieSessions.SignInAsync(HttpContext, await _accounts.RequireAsync(account.Id), secondFactor: false);
        TempData["Flash.Success"] = "Đã tắt xác thực hai lớp.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// A current TOTP code (not one already used) proves the person holds the device. A wrong one counts as a failed
    /// sign-in (probe S10), so a stolen session cannot try codes without limit; a locked account is refused outright.
    /// </summary>
    private async Task<bool> CurrentCodeAsync(Account account, string? code)
    {
        var key = await Users.GetAuthenticatorKeyAsync(account);
        if (key is null || string.IsNullOrWhiteSpace(code) || await Users.IsLockedOutAsync(account) || !_totp.Verify(key, code, account.TotpLastTimeStep, out var step))
        {
            if (!await Users.IsLockedOutAsync(account))
            {
                await Users.AccessFailedAsync(account);
            }

            return false;
        }

        account.TotpLastTimeStep = step;
        await Users.UpdateAsync(account);
        await Users.ResetAccessFailedCountAsync(account);
        return true;
    }

    /// <summary>A refused code: 400 with the form again; once the failures lock the account, every session ends and this one is signed out.</summary>
    private async Task<IActionResult> WrongCodeAsync(Account account, CancellationToken cancellationToken)
    {
        if (await Users.IsLockedOutAsync(account))
        {
            await _accounts.EndSessionsAsync(account, cancellationToken);
            await _audit.RecordAsync(new AuditEvent("auth", "two-factor.locked-out", account.Email) { Actor = account.Email, Succeeded = false }, cancellationToken);
            await HttpContext.SignOutAsync(UsersAuthentication.CookieScheme);
            TempData["Flash.Error"] = "Nhập sai mã xác thực quá nhiều lần: tài khoản tạm khóa 15 phút và mọi phiên đăng nhập đã kết thúc.";
            return LocalRedirect("~/account/login");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new TwoFactorViewModel { Enabled = true, RecoveryCodesLeft = await Users.CountRecoveryCodesAsync(account), Error = "Mã xác thực không đúng." });
    }

    /// <summary>The key being enrolled; made once and kept until enrolment, so reloading the page does not invalidate a scanned code.</summary>
    private async Task<string> PendingKeyAsync(Account account)
    {
        // Two first visits at once (two tabs, a double click) would both insert the key: the second broke the
        // UNIQUE index and answered 500. Made under a lock, the second finds the first's key.
        await PendingKeyLock.WaitAsync(HttpContext.RequestAborted);
        try
        {
            var key = await Users.GetAuthenticationTokenAsync(account, KeyProvider, KeyName);
            if (string.IsNullOrEmpty(key))
            {
                // Set directly: Identity's ResetAuthenticatorKeyAsync would also change the stamp and end this session.
                key = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
                await Users.SetAuthenticationTokenAsync(account, KeyProvider, KeyName, key);
            }

            return key;
        }
        finally
        {
            PendingKeyLock.Release();
        }
    }

    private static string Group(string key) => string.Join(' ', key.Chunk(4).Select(c => new string(c)));
}
