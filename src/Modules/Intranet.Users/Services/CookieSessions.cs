using System.Security.Claims;
using Intranet.Users.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Intranet.Users.Services;

/// <summary>Issues the browser session cookie; also re-issues it after the account's own change of stamp (new password, 2FA on) so that session continues while every other one ends.</summary>
public static class CookieSessions
{
    public static Task SignInAsync(HttpContext context, Account account, bool secondFactor) =>
        context.SignInAsync(
            UsersAuthentication.CookieScheme,
            AccountClaims.CreatePrincipal(account, UsersAuthentication.CookieScheme, secondFactor),
            new AuthenticationProperties { IsPersistent = false });

    public static bool HasSecondFactor(ClaimsPrincipal user) =>
        user.FindAll(AccountClaims.AuthenticationMethod).Any(c => c.Value == "otp");
}
