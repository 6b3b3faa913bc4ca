using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace Intranet.Learning.Services.Catalogue;

/// <summary>
/// Course descriptions and text lessons: Markdown with raw HTML switched off, and the HTML sanitised again on an
/// allow-list, so a trainer's text can never carry script, forms or inline styles into a learner's page.
/// </summary>
public sealed class LessonMarkdown
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = new();

    public LessonMarkdown()
    {
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in Schemes)
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }

        _sanitizer.AllowedAttributes.Remove("style");
        foreach (var tag in new[] { "form", "input", "button", "textarea", "select", "iframe", "object", "embed" })
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
    }

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    public IHtmlContent Render(string? markdown) => new HtmlString(ToSafeHtml(markdown));
}
