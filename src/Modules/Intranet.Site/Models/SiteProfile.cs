namespace Intranet.Site.Models;

/// <summary>The site's settings: one row per tenant database.</summary>
public sealed class SiteProfile
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The department's functions in a sentence or two, shown on the home page.</summary>
    public string? Description { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
