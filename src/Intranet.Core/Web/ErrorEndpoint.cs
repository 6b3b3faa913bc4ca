using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Web;

/// <summary>Error answers: problem+json under /api, a short page elsewhere; never a stack trace.</summary>
internal static class ErrorEndpoint
{
    public static async Task WriteExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        if (status >= 500 && error is not null)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Intranet.Errors")
                .LogError(error, "Unhandled error on {Path}", context.Request.Path);
        }

        context.Response.StatusCode = status;
        await WriteAsync(context, status);
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

        // Only local return URLs: no open redirect.
        var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return Results.LocalRedirect(target);
    }

    private static async Task WriteAsync(HttpContext context, int status)
    {
        if (ApiProblems.IsApiRequest(context))
        {
            await Results.Problem(ApiProblems.Create(status)).ExecuteAsync(context);
            return;
        }

        var vietnamese = ApiProblems.TitleFor(status);
        context.Response.ContentType = "text/html; charset=utf-8";
        var home = System.Net.WebUtility.HtmlEncode(context.Request.PathBase.HasValue ? context.Request.PathBase.Value + "/" : "/");
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{status} – {vietnamese}</title>" +
            "<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\"></head>" +
            $"<body class=\"container py-5\"><h1 class=\"h3\">{status} – {vietnamese}</h1>" +
            $"<p><a href=\"{home}\">Về trang chủ / Home</a></p></body></html>");
    }
}
