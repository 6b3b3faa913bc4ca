using Intranet.Core.Uploads;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Web;

/// <summary>
/// Error answers: problem+json under /api, a short page elsewhere; never a stack trace. The one place an unhandled
/// exception is logged (the middleware's own logging is switched off): a 5xx with its stack trace, a client's error
/// (413, a refused upload) as one warning line, a request the client abandoned not at all.
/// </summary>
internal static class ErrorEndpoint
{
    public static async Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Intranet.Errors");
        if (error is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("Request to {Path} abandoned by the client", context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return;
        }

        var (status, detail) = error switch
        {
            BadHttpRequestException bad => (bad.StatusCode, (string?)null),
            UploadRejectedException rejected => (StatusCodes.Status422UnprocessableEntity, rejected.Message),
            _ => (StatusCodes.Status500InternalServerError, null),
        };
        if (status >= 500)
        {
            logger.LogError(error, "Unhandled error on {Path}", context.Request.Path);
        }
        else
        {
            logger.LogWarning("{Status} on {Path}: {Reason}", status, context.Request.Path, error?.Message);
        }

        context.Response.StatusCode = status;
        await WriteAsync(context, status, detail);
    }

    public static Task WriteStatusAsync(StatusCodeContext statusContext) =>
        WriteAsync(statusContext.HttpContext, statusContext.HttpContext.Response.StatusCode);

    public static IResult SetCulture(HttpContext context, string culture, string? returnUrl)
    {
        if (Localization.Cultures.Supported.Any(c => c.Name == culture))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
        }

        // Only local return URLs (the same rule LocalRedirect enforces, so it never throws): no open redirect.
        return Results.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task WriteAsync(HttpContext context, int status, string? detail = null)
    {
        if (ApiProblems.IsApiRequest(context))
        {
            await Results.Problem(ApiProblems.Create(status, detail)).ExecuteAsync(context);
            return;
        }

        var vietnamese = ApiProblems.TitleFor(status);
        context.Response.ContentType = "text/html; charset=utf-8";
        var home = System.Net.WebUtility.HtmlEncode(context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/");
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{status} – {vietnamese}</title>" +
            "<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\"></head>" +
            $"<body class=\"container py-5\"><h1 class=\"h3\">{status} – {vietnamese}</h1>" +
            (detail is null ? "" : $"<p>{System.Net.WebUtility.HtmlEncode(detail)}</p>") +
            $"<p><a href=\"{home}\">Về trang chủ / Home</a></p></body></html>");
    }
}
