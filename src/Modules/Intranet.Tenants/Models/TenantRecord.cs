namespace Intranet.Tenants.Models;

/// <summary>A tenant's row in the host database. <see cref="Services.TenantMapper"/> turns it into the runtime's immutable <c>Tenant</c>.</summary>
public sealed class TenantRecord
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Prefix { get; set; }

    /// <summary>Host names, lower case, separated by commas.</summary>
    public string Hosts { get; set; } = "";

    public int State { get; set; }

    public string DatabaseProvider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    public string? Theme { get; set; }

    /// <summary>Enabled feature ids separated by commas.</summary>
    public string Features { get; set; } = "";

    public string? RecipeName { get; set; }

    public string? Description { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string VersionId { get; set; } = "";

    /// <summary>Name, display name, prefix and hosts, lower case without Vietnamese marks: what the list searches.</summary>
    public string SearchText { get; set; } = "";
}
