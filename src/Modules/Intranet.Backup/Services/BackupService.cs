using Intranet.Backup.Crypto;
using Intranet.Backup.Models;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Backup.Services;

/// <summary>The running host's view of backups: its App_Data, its tenants, its version, its backup folder.</summary>
public sealed class BackupService
{
    private readonly TenantPaths _paths;
    private readonly ITenantRegistry _registry;
    private readonly DatabaseProviders _providers;
    private readonly IOptionsMonitor<BackupOptions> _options;
    private readonly IHostEnvironment _environment;
    private readonly TimeProvider _clock;

    public BackupService(TenantPaths paths, ITenantRegistry registry, DatabaseProviders providers, ProductVersion product,
        IOptionsMonitor<BackupOptions> options, IHostEnvironment environment, TimeProvider? clock = null)
    {
        _paths = paths;
        _registry = registry;
        _providers = providers;
        Product = product;
        _options = options;
        _environment = environment;
        _clock = clock ?? TimeProvider.System;
    }

    public ProductVersion Product { get; }

    public string AppData => _paths.AppData;

    public BackupOptions Options => _options.CurrentValue;

    public string Folder => Path.GetFullPath(Path.Combine(_environment.ContentRootPath, Options.Folder));

    public BackupKey ResolveKey(string? keyFile = null) => BackupKeySource.Resolve(keyFile, Options);

    /// <summary>Writes an archive of the whole province to <paramref name="outputPath"/> while the site runs.</summary>
    public Task<BackupManifest> CreateAsync(string outputPath, BackupKey key, CancellationToken cancellationToken)
    {
        var table = _registry.Table;
        var manifest = new BackupManifest
        {
            ProductVersion = Product.Version,
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
            Tenants = [.. new[] { table.Host }.Concat(table.Tenants).Select(t => new ManifestTenant
            {
                Name = t.Name,
                DisplayName = t.DisplayName,
                State = t.State.ToString(),
                DatabaseProvider = t.DatabaseProvider,
            })],
            NotIncluded = ["Sites/*/Lucene: search indexes, rebuilt from the databases at the first start after a restore", "SQLite -wal/-shm/-journal files: their content is in the online backup"],
        };

        foreach (var tenant in new[] { table.Host }.Concat(table.Tenants))
        {
            if (OutsideAppData(tenant) is { } reason)
            {
                manifest.NotIncluded.Add($"{tenant.Name}: {reason}");
            }
        }

        return BackupWriter.WriteAsync(_paths.AppData, outputPath, key, manifest, [Folder], cancellationToken);
    }

    /// <summary>Why a tenant's database is not in the archive (PostgreSQL, or a SQLite file elsewhere), or null.</summary>
    private string? OutsideAppData(Tenant tenant)
    {
        if (tenant.DatabaseProvider != "Sqlite")
        {
            return $"{tenant.DatabaseProvider} database, back it up with pg_dump (docs/operations.md)";
        }

        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(tenant.ConnectionString ?? _providers.For(tenant).DefaultConnectionString(tenant)).DataSource);
        return file.StartsWith(_paths.AppData + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? null : $"SQLite database outside App_Data ({file})";
    }
}
