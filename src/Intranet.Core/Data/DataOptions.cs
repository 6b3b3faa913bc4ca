namespace Intranet.Core.Data;

/// <summary>Where data lives. Bound from configuration section "Intranet:Data".</summary>
public sealed class DataOptions
{
    /// <summary>The App_Data folder: tenant sites, keys, the initial admin file. Relative paths are resolved against the content root.</summary>
    public string AppDataPath { get; set; } = "App_Data";

    /// <summary>Provider for new tenants: "Sqlite" or "Postgres".</summary>
    public string DefaultProvider { get; set; } = "Sqlite";

    /// <summary>
    /// For Postgres: the province's one database. The host's tables live in schema "host" and each department's in a
    /// schema of its own ("t_{name}"), all through one connection pool per node. See docs/scale-out.md.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The host's database provider: "Sqlite" or "Postgres".</summary>
    public string HostProvider { get; set; } = "Sqlite";

    /// <summary>
    /// The host's (Default tenant's) connection string; null means App_Data/Sites/Default/intranet.db for SQLite and
    /// <see cref="PostgresConnectionString"/> for Postgres.
    /// </summary>
    public string? HostConnectionString { get; set; }

    /// <summary>
    /// SQLite's soft heap limit for the whole process, in MB (0: none). Every pooled connection keeps its own page cache
    /// (up to 2 MB each); with one pool per tenant database the caches together grow with the number of connections.
    /// Under the limit SQLite recycles cache pages instead of allocating; a page it dropped is read again from the OS's
    /// file cache. See docs/operations.md.
    /// </summary>
    public int SqliteMemoryLimitMb { get; set; } = 16;
}
