using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Intranet.Users.Throttling;

/// <summary>The 429 answer, the same from the per-address limiter and the per-account check: Retry-After, and a Vietnamese message (problem+json under /api, a page for forms).</summary>
internal static class TooManyRequests
{
    // Vietnamese as characters, not &#...; entities (the page must read well, and tests look for the words).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Message(TimeSpan retryAfter) =>
        $"Quá nhiều lần thử. Vui lòng thử lại sau {Seconds(retryAfter)} giây.";

    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (ApiProblems.IsApiRequest(context))
        {
            await Results.Problem(ApiProblems.Create(429, Message(retryAfter))).ExecuteAsync(context);
            return;
        }

        var back = Html.Encode(context.Request.PathBase.Add(context.Request.Path).Value ?? "/");
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>429 – Quá nhiều yêu cầu</title>" +
            "<link rel=\"stylesheet\" href=\"/lib/bootstrap/css/bootstrap.min.css\"></head>" +
            "<body class=\"container py-5\"><h1 class=\"h3\">429 – Quá nhiều yêu cầu</h1>" +
            $"<div class=\"alert alert-warning\">{Html.Encode(Message(retryAfter))}</div>" +
            $"<p><a href=\"{back}\">Quay lại / Back</a></p></body></html>",
            context.RequestAborted);
    }

    private static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
