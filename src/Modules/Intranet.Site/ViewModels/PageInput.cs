namespace Intranet.Site.ViewModels;

public sealed class PageInput
{
    public string? Title { get; set; }

    /// <summary>Empty: made from the title.</summary>
    public string? Slug { get; set; }

    public string? Body { get; set; }
}
