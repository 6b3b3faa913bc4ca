namespace Intranet.Site.Models;

/// <summary>A link on the home page's quick-links panel, in <see cref="Position"/> order.</summary>
public sealed class QuickLink
{
    public int Id { get; set; }

    public string Text { get; set; } = "";

    public string Url { get; set; } = "";

    public int Position { get; set; }
}
