namespace Intranet.Site.Models;

/// <summary>A standing page (Giới thiệu, Chức năng nhiệm vụ…) at /pages/{slug}. Markdown body.</summary>
public sealed class SitePage
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }
}
