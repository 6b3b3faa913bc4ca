namespace Intranet.Hr.ViewModels;

/// <summary>The "new version of a list" form.</summary>
public sealed class CodeListVersionForm
{
    public string Key { get; set; } = "";

    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Source { get; set; }

    /// <summary>dd/MM/yyyy.</summary>
    public string? ValidFrom { get; set; }

    public string? Items { get; set; }

    public IReadOnlyList<string> Errors { get; set; } = [];
}
