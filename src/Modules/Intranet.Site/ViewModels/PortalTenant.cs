namespace Intranet.Site.ViewModels;

public sealed record PortalTenant(string Name, string DisplayName, string? Description, string Url);
