namespace Intranet.Search.Services;

/// <summary>
/// A text field a typed query is matched against, with its weight (a name counts more than a unit). When
/// <paramref name="PrefixField"/> is set, the index also holds every word's leading letters there (see
/// <see cref="WordPrefixes"/>), so a typed prefix is one term look-up instead of an expansion over every word it starts.
/// </summary>
public sealed record SearchField(string Name, float Weight = 1f, string? PrefixField = null);
