namespace Intranet.Search.Services;

/// <summary>A text field a typed query is matched against, with its weight (a name counts more than a unit).</summary>
public sealed record SearchField(string Name, float Weight = 1f);
