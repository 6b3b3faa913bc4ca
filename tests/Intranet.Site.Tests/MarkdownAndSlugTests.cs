using Intranet.Site.Services;

namespace Intranet.Site.Tests;

public sealed class MarkdownAndSlugTests
{
    private readonly MarkdownRenderer _markdown = new();

    [Theory]
    [InlineData("Kế hoạch bồi dưỡng năm 2027", "ke-hoach-boi-duong-nam-2027")]
    [InlineData("Đường Đồng Khởi – Quận 1!", "duong-dong-khoi-quan-1")]
    [InlineData("  UBND xã Tân Hòa  ", "ubnd-xa-tan-hoa")]
    [InlineData("???", "bai-viet")]
    public void Slugs_from_Vietnamese_titles_drop_the_marks(string title, string slug) => Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void A_taken_slug_gets_a_number()
    {
        var taken = new HashSet<string> { "thong-bao", "thong-bao-2" };
        Assert.Equal("thong-bao-3", Slugs.Unique("thong-bao", taken.Contains));
        Assert.Equal("tin-moi", Slugs.Unique("tin-moi", taken.Contains));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[bấm](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("<p style=\"position:fixed\">giả mạo</p>")]
    public void Hostile_markup_never_reaches_the_page(string markdown)
    {
        // Raw HTML is shown as text (escaped), never as elements or attributes.
        var html = _markdown.ToSafeHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<p style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_keeps_its_formatting_tables_and_safe_links()
    {
        var html = _markdown.ToSafeHtml("## Lịch họp\n\n| Ngày | Nội dung |\n|---|---|\n| 01/12 | Giao ban |\n\n**Đậm** và [cổng tỉnh](https://binhan.gov.vn)");

        Assert.Contains("<h2", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<td>Giao ban</td>", html);
        Assert.Contains("<strong>Đậm</strong>", html);
        Assert.Contains("href=\"https://binhan.gov.vn\"", html);
        Assert.Contains("rel=\"noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("/directory", true)]
    [InlineData("~/pages/gioi-thieu", true)]
    [InlineData("https://dichvucong.gov.vn", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("", false)]
    public void Quick_links_point_only_inside_the_installation_or_to_http_addresses(string url, bool allowed) => Assert.Equal(allowed, LinkRules.IsAllowed(url));
}
