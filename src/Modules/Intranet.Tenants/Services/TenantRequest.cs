namespace Intranet.Tenants.Services;

/// <summary>What an administrator gives to create a department or change its identity.</summary>
public sealed record TenantRequest(string Name, string DisplayName, string? Prefix, IReadOnlyList<string> Hosts, string? Description = null);
