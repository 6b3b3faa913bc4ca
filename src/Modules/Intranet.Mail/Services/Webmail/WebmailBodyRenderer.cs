using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using Intranet.Mail.Models.Webmail;
using MimeKit;

namespace Intranet.Mail.Services.Webmail;

/// <summary>
/// Turns a message body into a standalone HTML document for the sandboxed body frame. HTML goes through an
/// allow-list sanitiser (no script, event handler, form, frame, object, style sheet); remote images, srcsets,
/// backgrounds and CSS urls are removed unless the reader asked for them, so opening a message tells no tracker
/// anything; <c>cid:</c> images point at the application. Plain text is escaped, with web addresses made links.
/// The frame's own CSP (set by the controller) blocks anything the sanitiser might let through.
/// </summary>
public static partial class WebmailBodyRenderer
{
    private const string Head =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" +
        "<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:15px;line-height:1.5;margin:0;padding:.75rem;color:#212529;overflow-wrap:anywhere}" +
        "img{max-width:100%;height:auto}pre.text{white-space:pre-wrap;font-family:inherit;margin:0}blockquote{border-left:3px solid #ced4da;margin:0 0 0 .5rem;padding-left:.75rem;color:#495057}</style>" +
        "</head><body>";

    private const string Tail = "</body></html>";

    public static WebmailBody Render(MimeMessage message, bool allowRemoteImages, Func<string, string> inlineImageUrl)
    {
        if (message.HtmlBody is { } html)
        {
            var (safe, blocked) = SanitizeHtml(html, allowRemoteImages, inlineImageUrl);
            return new WebmailBody(Head + safe + Tail, blocked);
        }

        return new WebmailBody(Head + "<pre class=\"text\">" + TextToHtml(message.TextBody ?? "") + "</pre>" + Tail, 0);
    }

    /// <summary>Escapes the text and turns http(s) addresses into links that open in a new tab.</summary>
    public static string TextToHtml(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (Match match in UrlPattern().Matches(text))
        {
            builder.Append(WebUtility.HtmlEncode(text[last..match.Index]));
            var url = match.Value.TrimEnd('.', ',', ')', ';', ':', '!', '?');
            var encoded = WebUtility.HtmlEncode(url);
            builder.Append("<a href=\"").Append(encoded).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">").Append(encoded).Append("</a>");
            last = match.Index + url.Length;
        }

        builder.Append(WebUtility.HtmlEncode(text[last..]));
        return builder.ToString();
    }

    internal static (string Html, int BlockedRemoteImages) SanitizeHtml(string html, bool allowRemoteImages, Func<string, string> inlineImageUrl)
    {
        var blocked = 0;
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel", "cid" })
        {
            sanitizer.AllowedSchemes.Add(scheme);
        }

        foreach (var tag in new[] { "form", "input", "button", "textarea", "select", "option", "iframe", "frame", "frameset", "object", "embed", "base", "link", "meta", "style", "audio", "video", "source", "track" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("target");
        sanitizer.FilterUrl += (_, e) =>
        {
            var url = e.OriginalUrl.Trim();
            if (url.StartsWith("cid:", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = IsImageHolder(e.Tag) ? inlineImageUrl(Uri.UnescapeDataString(url[4..]).Trim('<', '>')) : null;
                return;
            }

            // Links stay; everything else that points outside (img src/srcset, backgrounds, CSS url()) is a fetch.
            if (!allowRemoteImages && !IsLink(e.Tag) && IsRemote(url))
            {
                blocked++;
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element && IsLink(element))
            {
                element.SetAttribute("target", "_blank");
                element.SetAttribute("rel", "noopener noreferrer");
            }
        };
        var safe = sanitizer.Sanitize(html);
        return (safe, blocked);
    }

    private static bool IsLink(IElement? element) => element?.LocalName is "a" or "area";

    private static bool IsImageHolder(IElement? element) => element?.LocalName is "img" or "td" or "table" or "body" or "div";

    private static bool IsRemote(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
