namespace Intranet.Users.Models;

/// <summary>
/// A role's permissions in one tenant. A standard role without a row has the default grants the modules
/// declare, so a new tenant needs no seeding and a new module's defaults reach every tenant.
/// </summary>
public sealed class TenantRole
{
    public int Id { get; set; }

    public required string TenantName { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];
}
