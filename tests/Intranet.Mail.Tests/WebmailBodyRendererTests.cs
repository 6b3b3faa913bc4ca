using Intranet.Mail.Services.Webmail;
using MimeKit;

namespace Intranet.Mail.Tests;

/// <summary>The body sanitiser on its own: what is removed, what is rewritten, what stays.</summary>
public sealed class WebmailBodyRendererTests
{
    private const string Html = """
        <html><head><title>Tiêu đề ẩn</title><style>body{background:url(http://tracker.example/css.png)}</style></head><body>
        <p onclick="alert(1)">Xin chào <a href="https://dichvucong.gov.vn/">cổng</a> <a href="javascript:alert(3)">x</a></p>
        <script>document.title='pwned'</script>
        <img src="http://tracker.example/pixel.gif" onerror="alert(2)">
        <img srcset="https://tracker.example/a.png 2x">
        <table background="//tracker.example/t.png"><tr><td style="color:red;background-image:url('https://tracker.example/bg.png')">nền</td></tr></table>
        <img src="cid:logo@so">
        <form action="https://phishing.example/"><input name="pw"></form><iframe src="https://evil.example/"></iframe>
        </body></html>
        """;

    [Fact]
    public void RemoteContent_IsRemovedUntilAllowed_ScriptsAndFormsNever_CidPointsAtTheApp()
    {
        var message = new MimeMessage { Body = new TextPart("html") { Text = Html } };
        var blocked = WebmailBodyRenderer.Render(message, false, cid => "/webmail/inline?cid=" + Uri.EscapeDataString(cid));
        foreach (var forbidden in new[] { "<script", "onerror", "onclick", "tracker.example", "<form", "<iframe", "javascript:", "phishing", "Tiêu đề ẩn" })
        {
            Assert.DoesNotContain(forbidden, blocked.Html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(blocked.BlockedRemoteImages >= 2, blocked.BlockedRemoteImages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("src=\"/webmail/inline?cid=logo%40so\"", blocked.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://dichvucong.gov.vn/\" target=\"_blank\" rel=\"noopener noreferrer\">", blocked.Html, StringComparison.Ordinal);

        var allowed = WebmailBodyRenderer.Render(message, true, cid => "/webmail/inline?cid=" + cid);
        Assert.Contains("http://tracker.example/pixel.gif", allowed.Html, StringComparison.Ordinal);
        Assert.Equal(0, allowed.BlockedRemoteImages);
        Assert.DoesNotContain("<script", allowed.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PlainText_IsEscaped_AndAddressesBecomeLinks()
    {
        var message = new MimeMessage { Body = new TextPart("plain") { Text = "Xem <b>https://sotttt.gov.vn/van-ban?id=1&x=2</b>. Hết." } };
        var html = WebmailBodyRenderer.Render(message, false, _ => "").Html;
        Assert.Contains("Xem &lt;b&gt;<a href=\"https://sotttt.gov.vn/van-ban?id=1&amp;x=2\" target=\"_blank\" rel=\"noopener noreferrer\">", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/b&gt;. Hết.", html, StringComparison.Ordinal);
    }
}
