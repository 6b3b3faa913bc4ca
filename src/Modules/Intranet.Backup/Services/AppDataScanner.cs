using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

/// <summary>
/// Decides what of App_Data goes into a backup. Everything does, except:
/// <list type="bullet">
/// <item>SQLite's -wal, -shm and -journal files: the online backup of the database already holds their content;</item>
/// <item>Lucene indexes (<c>Sites/*/Lucene</c>): caches of the databases, rebuilt at the first start after a restore;</item>
/// <item>the backup folder and the archive being written, when they are inside App_Data;</item>
/// <item>symbolic links (a link could point anywhere; nothing in the product makes them).</item>
/// </list>
/// Databases are recognised by SQLite's file signature, not by name, so a module's new database is backed up
/// online without this class knowing about it.
/// </summary>
public static class AppDataScanner
{
    public const string LuceneFolder = "Lucene";
    public const string KeysFolder = "DataProtection-Keys";

    private static readonly string[] TransientSuffixes = ["-wal", "-shm", "-journal"];

    public static (List<AppDataFile> Files, List<(string RelativePath, int Mode)> Folders) Scan(string appData, IEnumerable<string> excluded)
    {
        var root = Path.GetFullPath(appData);
        var skip = excluded.Select(e => Path.GetFullPath(e).TrimEnd(Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var files = new List<AppDataFile>();
        var folders = new List<(string, int)>();
        Walk(root, root, skip, files, folders);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (files, folders);
    }

    public static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');

    private static void Walk(string root, string folder, HashSet<string> skip, List<AppDataFile> files, List<(string, int)> folders)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null || skip.Contains(entry.FullName))
            {
                continue;
            }

            var relative = Relative(root, entry.FullName);
            if (entry is DirectoryInfo directory)
            {
                if (IsLuceneIndex(relative))
                {
                    continue;
                }

                folders.Add((relative, ModeOf(directory)));
                Walk(root, directory.FullName, skip, files, folders);
            }
            else if (!TransientSuffixes.Any(s => entry.Name.EndsWith(s, StringComparison.Ordinal)))
            {
                var kind = SqliteFiles.IsDatabase(entry.FullName) ? ArchiveKinds.Database
                    : IsLegacyKeys(relative) ? ArchiveKinds.Keys
                    : ArchiveKinds.File;
                files.Add(new AppDataFile(relative, entry.FullName, kind));
            }
        }
    }

    /// <summary>
    /// The key ring lives in the host database now (so it is in the host database's online backup); this folder is
    /// what an installation kept before, or its copy renamed after the one-time import. Restored, an old archive's
    /// folder is imported again at the next start.
    /// </summary>
    public static bool IsLegacyKeys(string relative) =>
        relative.StartsWith(KeysFolder + "/", StringComparison.Ordinal) || relative.StartsWith(KeysFolder + ".imported", StringComparison.Ordinal);

    /// <summary>Sites/{tenant}/Lucene.</summary>
    public static bool IsLuceneIndex(string relative)
    {
        var parts = relative.Split('/');
        return parts.Length >= 3 && parts[0] == "Sites" && parts[2] == LuceneFolder;
    }

    public static int ModeOf(FileSystemInfo info) => OperatingSystem.IsWindows() ? 0 : (int)info.UnixFileMode;
}
