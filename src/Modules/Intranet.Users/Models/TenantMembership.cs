namespace Intranet.Users.Models;

/// <summary>An account's membership of one tenant, with its roles there. Lives in the host database.</summary>
public sealed class TenantMembership
{
    public int Id { get; set; }

    public required string AccountId { get; set; }

    public required string TenantName { get; set; }

    public List<string> Roles { get; set; } = [];

    public DateTime CreatedUtc { get; set; }
}
