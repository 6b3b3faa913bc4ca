using System.IO.Compression;
using System.Text;
using Intranet.Core.Data;
using Intranet.Core.Tenants;
using Microsoft.Data.Sqlite;

namespace Intranet.Tenants.Services;

/// <summary>Before a tenant is removed: App_Data/Archives/{tenant}-{utc}.zip with the exported recipe and every file of its site folder (its database included).</summary>
public sealed class TenantArchiver
{
    private readonly TenantPaths _paths;

    public TenantArchiver(TenantPaths paths) => _paths = paths;

    public string ArchivesFolder => Path.Combine(_paths.AppData, "Archives");

    public async Task<string> WriteAsync(Tenant tenant, string recipeJson, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(ArchivesFolder);
        var path = Path.Combine(ArchivesFolder, $"{tenant.Name}-{DateTime.UtcNow:yyyyMMddTHHmmssfffZ}.zip");

        // Closing pooled connections checkpoints the WAL, so the archived database file is complete.
        SqliteConnection.ClearAllPools();
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var recipe = zip.CreateEntry("recipe.json", CompressionLevel.Optimal);
        await using (var writer = new StreamWriter(await recipe.OpenAsync(cancellationToken), new UTF8Encoding(false)))
        {
            await writer.WriteAsync(recipeJson);
        }

        var site = _paths.SiteFolder(tenant);
        if (System.IO.Directory.Exists(site))
        {
            foreach (var source in System.IO.Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
            {
                var entry = zip.CreateEntry("files/" + Path.GetRelativePath(site, source).Replace('\\', '/'), CompressionLevel.Optimal);
                await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                await using var output = await entry.OpenAsync(cancellationToken);
                await input.CopyToAsync(output, cancellationToken);
            }
        }

        return path;
    }
}
