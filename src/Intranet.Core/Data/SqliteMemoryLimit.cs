using System.Globalization;
using Intranet.Core.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Intranet.Core.Data;

/// <summary>
/// Sets SQLite's soft heap limit (<see cref="DataOptions.SqliteMemoryLimitMb"/>) before any database is opened. The
/// limit is process-wide: it bounds the page caches of all pooled connections together, which otherwise each fill
/// to 2 MB as the pools grow with concurrency — native memory the soak saw growing for minutes.
/// </summary>
public sealed class SqliteMemoryLimit : IStartupTask
{
    private readonly DataOptions _options;

    public SqliteMemoryLimit(IOptions<DataOptions> options) => _options = options.Value;

    public int Order => -100;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        Apply(_options.SqliteMemoryLimitMb * 1024L * 1024L);
        return Task.CompletedTask;
    }

    /// <summary>Sets the limit in bytes (0: none) and returns what SQLite reports it is now.</summary>
    public static long Apply(long bytes)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA soft_heap_limit = " + Math.Max(0, bytes).ToString(CultureInfo.InvariantCulture);
        command.ExecuteNonQuery();
        return Current();
    }

    /// <summary>The process's soft heap limit in bytes, as SQLite reports it.</summary>
    public static long Current()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA soft_heap_limit";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
