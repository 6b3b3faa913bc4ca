using Intranet.Tenants.Services;

namespace Intranet.Tenants.ViewModels;

/// <summary>The create and edit forms. Hosts are typed one per line (or separated by commas).</summary>
public sealed class TenantFormViewModel
{
    public string? Name { get; set; }

    public string? DisplayName { get; set; }

    public string? Prefix { get; set; }

    public string? Hosts { get; set; }

    public string? Recipe { get; set; }

    public string? AdminEmail { get; set; }

    public string? Theme { get; set; }

    public string? Description { get; set; }

    public bool IsHost { get; set; }

    public IReadOnlyList<RecipeSummary> Recipes { get; set; } = [];

    public IReadOnlyList<(string Id, string Name)> Themes { get; set; } = [];

    public List<string> Errors { get; } = [];

    public IReadOnlyList<string> HostList() =>
        (Hosts ?? "").Split(['\n', '\r', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
