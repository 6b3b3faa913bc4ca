namespace Intranet.Tenants.Services;

public sealed record RecipeSummary(string Name, string DisplayName, string Description);
