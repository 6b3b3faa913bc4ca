using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Intranet.Core.Web;

/// <summary>
/// No state change on a cookie alone (S5): an unsafe request (POST, PUT, PATCH, DELETE) that a browser credential
/// authenticated must carry the antiforgery token (header <c>RequestVerificationToken</c> or the form field),
/// whatever the endpoint is (MVC or minimal API) and whatever it declares ([IgnoreAntiforgeryToken] included).
/// A bearer token is never sent by a browser on its own, so bearer calls need no token. Runs after authorization,
/// so <see cref="HttpContext.User"/> is the principal of the endpoint's own schemes.
/// </summary>
public sealed class CookieAntiforgeryMiddleware
{
    /// <summary>The authentication type of bearer-token identities (the Users module's "Bearer" scheme).</summary>
    public const string BearerAuthenticationType = "Bearer";

    private readonly RequestDelegate _next;

    public CookieAntiforgeryMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!IsUnsafe(context.Request.Method) || !HasBrowserCredential(context) || IsAnonymousWithoutForms(context.GetEndpoint()))
        {
            await _next(context);
            return;
        }

        if (await antiforgery.IsRequestValidAsync(context))
        {
            await _next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.Headers.CacheControl = "no-store";
        if (ApiProblems.IsApiRequest(context))
        {
            await Results.Problem(ApiProblems.Create(400,
                "Yêu cầu thay đổi dữ liệu bằng cookie đăng nhập phải kèm mã chống giả mạo (tiêu đề RequestVerificationToken). " +
                "Script hãy dùng mã truy cập: Authorization: Bearer (POST /api/auth/token).")).ExecuteAsync(context);
        }

        // Elsewhere the status page says 400, as for a form posted without its token.
    }

    private static bool IsUnsafe(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>Any identity the browser attaches by itself: the session cookie, the pending second-factor cookie, or a scheme added later.</summary>
    private static bool HasBrowserCredential(HttpContext context) =>
        context.User.Identities.Any(i => i.IsAuthenticated && !string.Equals(i.AuthenticationType, BearerAuthenticationType, StringComparison.Ordinal));

    /// <summary>
    /// An endpoint that is explicitly anonymous and explicitly token-free (the token API, mail autodiscover) does not
    /// act as the signed-in user, so a cookie that happens to come along gives it nothing to forge.
    /// </summary>
    private static bool IsAnonymousWithoutForms(Endpoint? endpoint) =>
        endpoint is not null
        && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
        && (endpoint.Metadata.GetMetadata<IAntiforgeryPolicy>() is IgnoreAntiforgeryTokenAttribute
            || endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false });
}
