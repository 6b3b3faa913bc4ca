namespace Intranet.Site.Services;

/// <summary>A write's outcome: the saved item's slug, or the messages (field → Vietnamese text) that stopped it.</summary>
public sealed record SiteWriteResult(IReadOnlyDictionary<string, string> Errors, string? Slug = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static SiteWriteResult Ok(string? slug = null) => new(new Dictionary<string, string>(), slug);

    public static SiteWriteResult Failed(IReadOnlyDictionary<string, string> errors) => new(errors);

    public static SiteWriteResult Failed(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
