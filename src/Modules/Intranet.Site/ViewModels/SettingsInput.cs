namespace Intranet.Site.ViewModels;

public sealed class SettingsInput
{
    public string? Description { get; set; }

    /// <summary>One link a line: "Text | URL".</summary>
    public string? QuickLinks { get; set; }
}
