namespace Intranet.Learning.Services.Catalogue;

/// <summary>A person being enrolled: host account id, name, home department (null for a province-level account).</summary>
public sealed record Learner(string AccountId, string DisplayName, string? TenantName);
