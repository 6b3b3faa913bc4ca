namespace Intranet.Core.Tenants;

/// <summary>
/// A tenant as the runtime sees it: immutable data, not a container. A change produces a new instance
/// (with a new <see cref="VersionId"/>) and a new resolution snapshot.
/// </summary>
public sealed record Tenant
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>One URL path segment (e.g. "so-tttt"), or null for the host.</summary>
    public string? RequestUrlPrefix { get; init; }

    /// <summary>Host names that reach the tenant (e.g. "sotttt.example.gov.vn"), lower case.</summary>
    public IReadOnlyList<string> RequestUrlHosts { get; init; } = [];

    public TenantState State { get; init; }

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string DatabaseProvider { get; init; } = "Sqlite";

    /// <summary>Null means the provider's default for this tenant (a SQLite file under App_Data/Sites/{Name}).</summary>
    public string? ConnectionString { get; init; }

    public string? Theme { get; init; }

    public IReadOnlySet<string> EnabledFeatures { get; init; } = new HashSet<string>();

    public string? RecipeName { get; init; }

    public string? Description { get; init; }

    public DateTime CreatedUtc { get; init; }

    public string VersionId { get; init; } = Guid.NewGuid().ToString("N");

    public bool IsHost => Name == DefaultName;

    public bool IsFeatureEnabled(string featureId) => EnabledFeatures.Contains(featureId);
}
