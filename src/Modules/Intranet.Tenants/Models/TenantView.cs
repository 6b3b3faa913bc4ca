using Intranet.Core.Tenants;

namespace Intranet.Tenants.Models;

/// <summary>A tenant as the JSON API shows it.</summary>
public sealed record TenantView(
    string Name,
    string DisplayName,
    string? Prefix,
    IReadOnlyList<string> Hosts,
    string State,
    string? Theme,
    IReadOnlyList<string> Features,
    string? Recipe,
    string? Description,
    DateTime CreatedUtc)
{
    public static TenantView From(Tenant tenant) => new(
        tenant.Name,
        tenant.DisplayName,
        tenant.RequestUrlPrefix,
        tenant.RequestUrlHosts,
        tenant.State.ToString(),
        tenant.Theme,
        [.. tenant.EnabledFeatures.Order(StringComparer.Ordinal)],
        tenant.RecipeName,
        tenant.Description,
        tenant.CreatedUtc);
}
