using System.Text.Encodings.Web;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Users.Services;

/// <summary>Authenticates "Authorization: Bearer …" with a token from <see cref="AccessTokenService"/>, checking the account's stamp on every request.</summary>
internal sealed class AccessTokenHandler : AuthenticationHandler<AccessTokenOptions>
{
    public AccessTokenHandler(IOptionsMonitor<AccessTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : base(options, logger, encoder)
    {
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var tokens = Context.RequestServices.GetRequiredService<AccessTokenService>();
        if (!tokens.TryRead(header["Bearer ".Length..].Trim(), out var payload) || payload is null)
        {
            return AuthenticateResult.Fail("Mã truy cập không hợp lệ hoặc đã hết hạn.");
        }

        var state = await Context.RequestServices.GetRequiredService<SessionValidator>().FindAsync(payload.AccountId, Context.RequestAborted);
        if (state is not { IsEnabled: true } || !string.Equals(state.SecurityStamp, payload.SecurityStamp, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("Phiên làm việc đã kết thúc.");
        }

        var principal = AccountClaims.CreatePrincipal(payload.AccountId, state.Email, state.FullName, state.SecurityStamp, Scheme.Name, payload.SecondFactor);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(ApiProblems.Create(401, "Cần đăng nhập: gửi mã truy cập hợp lệ trong tiêu đề Authorization: Bearer.")).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(ApiProblems.Create(403, "Tài khoản không có quyền thực hiện thao tác này trong đơn vị này.")).ExecuteAsync(Context);
    }
}
