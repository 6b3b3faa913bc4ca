namespace Intranet.Core.Security;

/// <summary>Which permissions a standard role gets by default when a tenant is set up.</summary>
public sealed record PermissionStereotype(string RoleName, IReadOnlyList<Permission> Permissions);
