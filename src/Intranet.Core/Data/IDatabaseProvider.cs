using System.Data.Common;
using Intranet.Core.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Data;

/// <summary>How one kind of database serves tenants: SQLite files by default, PostgreSQL at scale.</summary>
public interface IDatabaseProvider
{
    /// <summary>"Sqlite" or "Postgres", as stored on the tenant.</summary>
    string Name { get; }

    /// <summary>Points the options at the tenant's database; each DbContext keeps its own migrations history table.</summary>
    void Configure(DbContextOptionsBuilder options, Tenant tenant, Type contextType);

    /// <summary>Points the options at an already open connection of the tenant (shared by a <see cref="DataTransactionScope"/>).</summary>
    void Configure(DbContextOptionsBuilder options, DbConnection connection, Tenant tenant, Type contextType);

    /// <summary>
    /// A new, closed connection to the tenant's data. Raw SQL uses unqualified table names: on PostgreSQL the
    /// connection selects the tenant's schema whenever it is opened.
    /// </summary>
    DbConnection CreateConnection(Tenant tenant);

    /// <summary>The connection string used when a tenant names none.</summary>
    string DefaultConnectionString(Tenant tenant);

    /// <summary>
    /// Held while the tenant's migrations run, so that nodes starting together migrate a tenant once: the others
    /// wait, then find nothing pending. Also creates what the migrations need to exist first (a PostgreSQL schema).
    /// </summary>
    Task<IAsyncDisposable> AcquireMigrationLockAsync(Tenant tenant, CancellationToken cancellationToken);

    /// <summary>Deletes the tenant's data (its file, or its PostgreSQL schema).</summary>
    Task DeleteDatabaseAsync(Tenant tenant, CancellationToken cancellationToken);
}
