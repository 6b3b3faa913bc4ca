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

    /// <summary>Points the options at an already open connection (shared by a <see cref="DataTransactionScope"/>).</summary>
    void Configure(DbContextOptionsBuilder options, System.Data.Common.DbConnection connection, Type contextType);

    /// <summary>A new, closed connection.</summary>
    System.Data.Common.DbConnection CreateConnection(string connectionString);

    /// <summary>The connection string used when a tenant names none.</summary>
    string DefaultConnectionString(Tenant tenant);

    /// <summary>Deletes the tenant's database (its file, or its PostgreSQL database).</summary>
    Task DeleteDatabaseAsync(Tenant tenant, CancellationToken cancellationToken);
}
