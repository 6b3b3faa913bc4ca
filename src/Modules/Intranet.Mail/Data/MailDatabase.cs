using Intranet.Core.Data;
using Intranet.Mail.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Mail.Data;

/// <summary>Where mail.db is, and creating or upgrading it so that the mail servers can read it.</summary>
public sealed class MailDatabase
{
    public MailDatabase(IOptions<MailOptions> options, TenantPaths paths)
    {
        var value = options.Value;
        FilePath = Path.GetFullPath(Path.IsPathRooted(value.DatabasePath) ? value.DatabasePath : Path.Combine(paths.AppData, value.DatabasePath));
        SieveAdminPath = Path.GetFullPath(Path.IsPathRooted(value.SieveAdminPath) ? value.SieveAdminPath : Path.Combine(paths.AppData, value.SieveAdminPath));
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            DefaultTimeout = 30, // the daemons read while we write; writers wait instead of failing
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public string SieveAdminPath { get; }

    public string ConnectionString { get; }

    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory_Mail"));

    public MailDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<MailDbContext>();
        Configure(builder);
        return new MailDbContext(builder.Options);
    }

    /// <summary>
    /// Applies migrations. The file is made group read-write (mode 0660): in WAL mode Postfix and Dovecot write the
    /// -shm file, and SQLite gives -wal/-shm the database file's mode (see docs/mail.md, group mailsql).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        System.IO.Directory.CreateDirectory(folder);
        await using (var context = CreateContext())
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode groupReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
            foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" })
            {
                if (File.Exists(file))
                {
                    File.SetUnixFileMode(file, groupReadWrite);
                }
            }
        }
    }
}
