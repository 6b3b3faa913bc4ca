using Microsoft.Data.Sqlite;

namespace Intranet.Backup.Tests;

/// <summary>
/// Row counts of what a province is made of, per database: tenants, accounts and memberships, pages and news,
/// people and units, mail domains, mailboxes, aliases and lists (mail.db), audit entries.
/// </summary>
internal static class ProvinceCounts
{
    private static readonly string[] Tables =
    [
        "Tenants", "Accounts", "TenantMemberships", "SiteNews", "SitePages", "Directory_People", "Directory_Units",
        "mail_domain", "mail_mailbox", "mail_alias", "mail_list", "AuditEntries",
    ];

    public static SortedDictionary<string, long> Read(string appData)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var databases = System.IO.Directory.EnumerateFiles(Path.Combine(appData, "Sites"), "intranet.db", SearchOption.AllDirectories)
            .Append(Path.Combine(appData, "mail", "mail.db"))
            .Where(File.Exists);
        foreach (var database in databases)
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            connection.Open();
            foreach (var table in Tables)
            {
                using var exists = connection.CreateCommand();
                exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
                exists.Parameters.AddWithValue("$t", table);
                if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    continue;
                }

                using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[Path.GetRelativePath(appData, database).Replace('\\', '/') + ":" + table] = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }
}
