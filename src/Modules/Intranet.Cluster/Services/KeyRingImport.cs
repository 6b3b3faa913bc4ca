using Intranet.Cluster.Data;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Cluster.Services;

/// <summary>
/// Order 1, right after the host schema: moves the key ring a single-node installation kept in
/// <c>App_Data/DataProtection-Keys</c> into the host database, so the cookies, tokens and protected settings it
/// issued stay readable on every node. Keys already there (by name) are not added twice; the folder is then
/// renamed, so it is read exactly once and never again.
/// </summary>
internal sealed class KeyRingImport : IStartupTask
{
    public const string LegacyFolder = "DataProtection-Keys";
    public const string ImportedFolder = "DataProtection-Keys.imported";

    private readonly ClusterDbContext _db;
    private readonly TenantPaths _paths;
    private readonly ILogger<KeyRingImport> _logger;

    public KeyRingImport(ClusterDbContext db, TenantPaths paths, ILogger<KeyRingImport> logger)
    {
        _db = db;
        _paths = paths;
        _logger = logger;
    }

    public int Order => 1;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(_paths.AppData, LegacyFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var known = (await _db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var imported = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            // FileSystemXmlRepository names a key's file "{friendlyName}.xml"; the EF repository keeps the same name.
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Add(name))
            {
                _db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = await File.ReadAllTextAsync(file, cancellationToken) });
                imported++;
            }
        }

        await _db.SaveChangesAsync(cancellationToken);
        var target = Path.Combine(_paths.AppData, ImportedFolder);
        if (Directory.Exists(target))
        {
            target += "-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        }

        Directory.Move(folder, target);

        // Counts and folder names only: a key's XML is the secret.
        _logger.LogWarning(
            "Data protection: imported {Count} key(s) from {Folder} into the host database; the folder was renamed to {Renamed} and is no longer read",
            imported, folder, Path.GetFileName(target));
    }
}
