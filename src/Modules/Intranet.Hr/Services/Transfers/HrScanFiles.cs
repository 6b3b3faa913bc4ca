using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Tenants;

namespace Intranet.Hr.Services.Transfers;

/// <summary>
/// The decision scans of a department, in App_Data/Sites/{tenant}/hr/scans/{ScanId}[.ext]. A transfer copies the
/// person's scans into the target before its commit (and deletes the copies if it rolls back), and deletes the
/// source's only after the commit, so a failure leaves both folders as they were.
/// </summary>
public sealed partial class HrScanFiles
{
    private readonly TenantPaths _paths;

    public HrScanFiles(TenantPaths paths) => _paths = paths;

    public string Folder(Tenant tenant) => Path.Combine(_paths.SiteFolder(tenant), "hr", "scans");

    /// <summary>The files of a scan id (none for an id that is not a plain token: no path can be built from it).</summary>
    public IReadOnlyList<string> FilesOf(Tenant tenant, string scanId)
    {
        var folder = Folder(tenant);
        if (!SafeId().IsMatch(scanId) || !System.IO.Directory.Exists(folder))
        {
            return [];
        }

        return [.. System.IO.Directory.EnumerateFiles(folder, scanId + "*")
            .Where(f => Path.GetFileName(f) is var n && (n == scanId || n.StartsWith(scanId + ".", StringComparison.Ordinal)))];
    }

    /// <summary>Copies the scans to the target; returns the files written there (to delete on rollback).</summary>
    public IReadOnlyList<string> CopyAll(Tenant from, Tenant to, IEnumerable<string> scanIds)
    {
        var written = new List<string>();
        var target = Folder(to);
        try
        {
            foreach (var file in scanIds.Distinct(StringComparer.Ordinal).SelectMany(id => FilesOf(from, id)))
            {
                System.IO.Directory.CreateDirectory(target);
                var copy = Path.Combine(target, Path.GetFileName(file));
                File.Copy(file, copy, overwrite: false);
                written.Add(copy);
            }
        }
        catch
        {
            DeleteAll(written);
            throw;
        }

        return written;
    }

    public static void DeleteAll(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SafeId();
}
