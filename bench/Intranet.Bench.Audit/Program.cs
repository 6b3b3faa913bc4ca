// Usage: dotnet run -c Release --project bench/Intranet.Bench.Audit [-- appendsPerRound rounds]
// Interleaves rounds of (a) a plain INSERT of an audit row in its own IMMEDIATE transaction and (b) the real
// HashChainAuditTrail append (same transaction kind + read of the chain head + SHA-256), on one SQLite file,
// and reports the median ratio b/a. Then verifies the chain and compares with reading the same rows.
using System.Diagnostics;
using System.Globalization;
using Intranet.AuditTrail;
using Intranet.Bench.Audit;
using Intranet.AuditTrail.Services;
using Intranet.Core.Audit;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var appends = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var appData = Path.Combine(Path.GetTempPath(), "intranet-bench-audit", Guid.NewGuid().ToString("N"));
var tenant = new Tenant { Name = Tenant.DefaultName, DisplayName = "Tỉnh", State = TenantState.Running, EnabledFeatures = new HashSet<string> { Startup.FeatureId } };

var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<IHostEnvironment>(new BenchEnvironment(appData));
services.Configure<DataOptions>(o => o.AppDataPath = appData);
services.AddSingleton<ITenantAccessor>(new FixedTenant(tenant));
services.AddSingleton<TenantPaths>();
services.AddSingleton<IHostTenantProvider>(new FixedHost(tenant));
services.AddSingleton<IDatabaseProvider, SqliteDatabaseProvider>();
services.AddSingleton<DatabaseProviders>();
services.AddScoped<DataTransactionScope>();
new Startup().ConfigureServices(services);
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.MigrateAsync();
    await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Database.ExecuteSqlRawAsync(
        "CREATE TABLE PlainEntries (Id INTEGER PRIMARY KEY, TimeUtc TEXT, TenantName TEXT, Category TEXT, Action TEXT, Subject TEXT, Details TEXT, Actor TEXT, Succeeded INTEGER)");
}

var connectionString = provider.GetRequiredService<DatabaseProviders>().For(tenant).DefaultConnectionString(tenant);
var ratios = new List<double>();
double plainMs = 0, chainMs = 0;
for (var round = 0; round < rounds; round++)
{
    var plain = await TimeAsync(async () =>
    {
        for (var i = 0; i < appends; i++)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO PlainEntries (TimeUtc, TenantName, Category, Action, Subject, Details, Actor, Succeeded) VALUES ($t, 'so-a', 'account', 'updated', $s, 'roles=Editor', 'quantri@tinh.gov.vn', 1)";
            insert.Parameters.AddWithValue("$t", DateTime.UtcNow);
            insert.Parameters.AddWithValue("$s", "canbo" + i + "@so-a.gov.vn");
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    });
    var chained = await TimeAsync(async () =>
    {
        for (var i = 0; i < appends; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(
                new AuditEvent("account", "updated", "canbo" + i + "@so-a.gov.vn", "roles=Editor") { Actor = "quantri@tinh.gov.vn", TenantName = "so-a" });
        }
    });
    plainMs += plain;
    chainMs += chained;
    ratios.Add(chained / plain);
}

ratios.Sort();
var entries = rounds * appends;
async Task<double> VerifyOnceAsync() => await TimeAsync(async () =>
{
    await using var scope = provider.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(tenant);
    if (!result.Intact || result.Count != entries)
    {
        throw new InvalidOperationException("the chain did not verify");
    }
});
async Task<double> ReadOnceAsync() => await TimeAsync(async () =>
{
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var read = connection.CreateCommand();
    read.CommandText = "SELECT * FROM AuditEntries ORDER BY Id";
    await using var reader = await read.ExecuteReaderAsync();
    var n = 0;
    while (await reader.ReadAsync())
    {
        for (var c = 0; c < reader.FieldCount; c++)
        {
            _ = reader.GetValue(c);
        }

        n++;
    }
});

// Alternate the two and keep each one's best of three: the first pass pays for JIT and a cold page cache.
var verifyMs = double.MaxValue;
var readMs = double.MaxValue;
for (var pass = 0; pass < 3; pass++)
{
    readMs = Math.Min(readMs, await ReadOnceAsync());
    verifyMs = Math.Min(verifyMs, await VerifyOnceAsync());
}

Console.WriteLine($"### Audit trail (bench/Intranet.Bench.Audit, {rounds} interleaved rounds × {appends} appends, one SQLite file)");
Console.WriteLine();
Console.WriteLine("| Measure | Baseline | Audit trail | Ratio |");
Console.WriteLine("|---|---|---|---|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Append one entry (own transaction) | plain INSERT {plainMs * 1000 / entries:F0} µs | hash-chained append {chainMs * 1000 / entries:F0} µs | median ×{ratios[ratios.Count / 2]:F2} (min ×{ratios[0]:F2}, max ×{ratios[^1]:F2}) |"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Check {entries:N0} entries | read them {readMs:F0} ms | verify the chain {verifyMs:F0} ms | ×{verifyMs / readMs:F2} |"));

SqliteConnection.ClearAllPools();
Directory.Delete(appData, recursive: true);
return 0;

static async Task<double> TimeAsync(Func<Task> work)
{
    var watch = Stopwatch.StartNew();
    await work();
    return watch.Elapsed.TotalMilliseconds;
}
