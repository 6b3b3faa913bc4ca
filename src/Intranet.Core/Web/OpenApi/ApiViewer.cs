using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// The API viewer at <c>/openapi</c> (and <c>/{tenant}/openapi</c>): a page of our own that loads the Scalar bundle
/// embedded in Scalar.AspNetCore, served by the app, and starts it from a script file, not inline. Scalar's own
/// page needs inline script and by default fetches fonts from its CDN and sends telemetry; here fonts, telemetry and
/// its AI agent are off, and the page's CSP (<c>connect-src 'self'</c>, <c>font-src 'self'</c>) would stop any
/// request to another host anyway. Its one relaxation: Scalar injects its CSS as &lt;style&gt; elements.
/// </summary>
internal static class ApiViewer
{
    public const string BundlePath = ApiRoutes.ViewerPath + "/viewer/scalar.js";
    public const string StartPath = ApiRoutes.ViewerPath + "/viewer/start.js";

    private const string PageCsp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private const string StartScript =
        """
        // Starts the Scalar viewer on the document named by #app's data-url; nothing leaves this server.
        (function () {
          var app = document.getElementById('app');
          window.Scalar.createApiReference(app, {
            url: app.getAttribute('data-url'),
            withDefaultFonts: false,
            telemetry: false,
            agent: { disabled: true },
            mcp: { disabled: true },
            showDeveloperTools: 'never',
            persistAuth: false
          });
        })();
        """;

    private static readonly Lazy<byte[]?> Bundle = new(ReadBundle);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ApiRoutes.ViewerPath, WritePageAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(StartPath, (HttpContext context) => Asset(context, Encoding.UTF8.GetBytes(StartScript))).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapGet(BundlePath, (HttpContext context) => Bundle.Value is { } bytes ? Asset(context, bytes) : Results.NotFound()).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task WritePageAsync(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        string Url(string path) => WebUtility.HtmlEncode(pathBase + path);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = PageCsp;
        await context.Response.WriteAsync(
            $"""
            <!doctype html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Intranet API – tài liệu / documentation</title>
            </head>
            <body>
            <noscript><p>Trang này cần JavaScript. Tài liệu dạng JSON: <a href="{Url(ApiRoutes.DocumentPath)}">{Url(ApiRoutes.DocumentPath)}</a></p></noscript>
            <div id="app" data-url="{Url(ApiRoutes.DocumentPath)}"></div>
            <script src="{Url(BundlePath)}"></script>
            <script src="{Url(StartPath)}"></script>
            </body>
            </html>
            """,
            context.RequestAborted);
    }

    private static IResult Asset(HttpContext context, byte[] bytes)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes, "text/javascript; charset=utf-8");
    }

    /// <summary>The standalone Scalar bundle, stored gzip-compressed in the package's assembly.</summary>
    private static byte[]? ReadBundle()
    {
        var assembly = typeof(Scalar.AspNetCore.ScalarOptions).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("StaticAssets.scalar.js", StringComparison.Ordinal));
        using var stream = name is null ? null : assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var buffered = new MemoryStream();
        stream.CopyTo(buffered);
        var raw = buffered.ToArray();
        if (raw is not [0x1f, 0x8b, ..])
        {
            return raw;
        }

        using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
