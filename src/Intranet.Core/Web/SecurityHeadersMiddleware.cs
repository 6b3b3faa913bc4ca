using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Web;

/// <summary>
/// Headers every response carries: a strict CSP (every asset is served by the app, no inline script),
/// no framing, no MIME sniffing, no referrer leaks to other hosts.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private readonly RequestDelegate _next;

    public SecurityHeadersMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // An endpoint may set its own policy for its response (the webmail's sandboxed message frame); keep it.
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            if (!headers.ContainsKey("X-Frame-Options"))
            {
                headers.XFrameOptions = "DENY";
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return _next(context);
    }
}
