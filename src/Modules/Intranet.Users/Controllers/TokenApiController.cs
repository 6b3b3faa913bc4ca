using Intranet.Users.Models;
using Intranet.Users.Services;
using Intranet.Users.Throttling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Intranet.Users.Controllers;

/// <summary>POST /api/auth/token: email + password (+ TOTP code) → a bearer token for the JSON API.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // no cookie is read or written: nothing to forge
[Route("api/auth/token")]
public sealed class TokenApiController : Controller
{
    private readonly SignInService _signIn;
    private readonly AccessTokenService _tokens;

    public TokenApiController(SignInService signIn, AccessTokenService tokens)
    {
        _signIn = signIn;
        _tokens = tokens;
    }

    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [HttpPost("")]
    [EnableRateLimiting(ClientRateLimitPolicy.Name)]
    [AccountThrottle(ThrottleKind.SignIn)] // no device cookie here: API failures always count as untrusted
    public async Task<IActionResult> Issue([FromBody] TokenRequest? request, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (request is null || string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return ApiResults.Problem(400, "Cần gửi JSON {\"email\": \"…\", \"password\": \"…\", \"totpCode\": \"…\" (nếu bật xác thực hai lớp)}.");
        }

        var outcome = await _signIn.CheckPasswordAsync(request.Email, request.Password, "api", cancellationToken);
        if (outcome.Status == SignInStatus.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TotpCode))
            {
                return ApiResults.Problem(401, "Tài khoản bật xác thực hai lớp: cần gửi thêm totpCode (mã 6 số từ ứng dụng xác thực, hoặc mã khôi phục).");
            }

            outcome = await _signIn.CheckSecondFactorAsync(outcome.Account!, request.TotpCode, "api", cancellationToken);
        }

        if (!outcome.Succeeded)
        {
            return ApiResults.Problem(401, outcome.Message);
        }

        if (outcome.Account!.MustChangePassword)
        {
            return ApiResults.Problem(403, MustChangePasswordFilter.ApiMessage); // no token for a temporary password (S9)
        }

        var secondFactor = outcome.Account.TwoFactorEnabled;
        return Ok(new TokenResponse(_tokens.Issue(outcome.Account, secondFactor), "Bearer", (int)_tokens.Lifetime.TotalSeconds));
    }
}
