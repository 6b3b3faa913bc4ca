namespace Intranet.Core.Modules;

/// <summary>The outcome of asking to enable or disable features: the new set, or why it was refused.</summary>
public sealed record FeatureSetChange(
    IReadOnlySet<string> Features,
    IReadOnlyList<string> Enabled,
    IReadOnlyList<string> Disabled,
    string? Error)
{
    public bool Succeeded => Error is null;

    public static FeatureSetChange Refused(IReadOnlySet<string> current, string error) => new(current, [], [], error);
}
