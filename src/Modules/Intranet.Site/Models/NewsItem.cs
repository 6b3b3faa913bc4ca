namespace Intranet.Site.Models;

/// <summary>A news article of the department. The body is Markdown; it is rendered and sanitised on display.</summary>
public sealed class NewsItem
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Summary { get; set; }

    public string Body { get; set; } = "";

    /// <summary>The day it is shown as published; a future day keeps it off the public list until then.</summary>
    public DateOnly PublishedOn { get; set; }

    public string? Author { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
