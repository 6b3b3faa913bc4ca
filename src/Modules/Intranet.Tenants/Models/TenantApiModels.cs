namespace Intranet.Tenants.Models;

/// <summary>Body of <c>POST /api/tenants</c>.</summary>
public sealed record CreateTenantInput(string? Name, string? DisplayName, string? Prefix, List<string>? Hosts, string? Recipe, Dictionary<string, string>? Variables, string? Description);

/// <summary>Body of <c>PUT /api/tenants/{name}</c>; omitted fields keep their value.</summary>
public sealed record UpdateTenantInput(string? DisplayName, string? Prefix, List<string>? Hosts, string? Theme, string? Description);

/// <summary>Body of <c>POST /api/tenants/{name}/features</c>.</summary>
public sealed record FeatureChangeInput(List<string>? Enable, List<string>? Disable);
