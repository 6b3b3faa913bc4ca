using Intranet.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Intranet.Core.Tests.Data;

/// <summary>
/// The soak's native growth: pooled SQLite connections each filling a 2 MB page cache. The host's startup task sets a
/// process-wide soft heap limit, and under it many connections reading a whole database stay within it together.
/// </summary>
[Collection(SqliteMemoryCollection.Name)]
public sealed class SqliteMemoryLimitTests : IDisposable
{
    private readonly long _before = SqliteMemoryLimit.Current();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "intranet-sqlite-memory-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_startup_task_sets_the_configured_limit_for_the_whole_process()
    {
        await new SqliteMemoryLimit(Options.Create(new DataOptions { SqliteMemoryLimitMb = 16 })).RunAsync(CancellationToken.None);

        Assert.Equal(16L * 1024 * 1024, SqliteMemoryLimit.Current());
    }

    [Fact]
    public void Connections_reading_a_whole_database_keep_their_page_caches_within_the_limit()
    {
        Directory.CreateDirectory(_folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "big.db"), Pooling = false }.ToString();
        using (var setup = new SqliteConnection(connectionString))
        {
            setup.Open();
            using var create = setup.CreateCommand();
            // About 3 MB of rows: more than SQLite's default 2 MB cache per connection.
            create.CommandText = "CREATE TABLE t(v BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO t SELECT randomblob(1000) FROM n;";
            create.ExecuteNonQuery();
        }

        SqliteMemoryLimit.Apply(4L * 1024 * 1024);
        var connections = Enumerable.Range(0, 10).Select(_ => new SqliteConnection(connectionString)).ToList();
        try
        {
            foreach (var connection in connections)
            {
                connection.Open();
                using var read = connection.CreateCommand();
                read.CommandText = "SELECT sum(length(v)) FROM t";
                Assert.Equal(3_000_000L, Convert.ToInt64(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
            }

            // Without the limit ten connections hold ~20 MB of cache; with it SQLite recycles pages near 4 MB.
            var used = SQLitePCL.raw.sqlite3_memory_used();
            Assert.True(used < 8L * 1024 * 1024, $"SQLite holds {used / 1024} KB with ten open connections under a 4 MB limit");
        }
        finally
        {
            connections.ForEach(c => c.Dispose());
        }
    }

    public void Dispose()
    {
        SqliteMemoryLimit.Apply(_before);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
