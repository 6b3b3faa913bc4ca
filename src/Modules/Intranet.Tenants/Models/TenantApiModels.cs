using Intranet.Core.Validation;

namespace Intranet.Tenants.Models;

/// <summary>Body of <c>POST /api/tenants</c>.</summary>
public sealed record CreateTenantInput(string? Name, [Name] string? DisplayName, string? Prefix, List<string>? Hosts, string? Recipe, Dictionary<string, string>? Variables, [Name(Multiline = true)] string? Description);

/// <summary>Body of <c>PUT /api/tenants/{name}</c>; omitted fields keep their value.</summary>
public sealed record UpdateTenantInput([Name] string? DisplayName, string? Prefix, List<string>? Hosts, string? Theme, [Name(Multiline = true)] string? Description);

/// <summary>Body of <c>POST /api/tenants/{name}/features</c>.</summary>
public sealed record FeatureChangeInput(List<string>? Enable, List<string>? Disable);
