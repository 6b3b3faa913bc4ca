using Intranet.Core.Security;

namespace Intranet.Core.Navigation;

/// <summary>A navigation entry. <see cref="Text"/> is a localizable string (Vietnamese source text).</summary>
public sealed record MenuItem(string Text, string Url, Permission? Permission = null, int Position = 100, string? Icon = null)
{
    /// <summary>The feature the entry belongs to; set by the navigation manager from its provider.</summary>
    public string? FeatureId { get; init; }

    public IReadOnlyList<MenuItem> Children { get; init; } = [];
}
