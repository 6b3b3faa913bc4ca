namespace Intranet.Site.ViewModels;

/// <summary>What an editor types for a news article (also what a recipe's content step gives).</summary>
public sealed class NewsInput
{
    public string? Title { get; set; }

    /// <summary>Empty: made from the title.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    /// <summary>dd/MM/yyyy; empty means today.</summary>
    public string? PublishedOn { get; set; }
}
