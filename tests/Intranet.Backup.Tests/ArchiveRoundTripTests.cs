using Intranet.Backup.Crypto;
using Intranet.Backup.Models;
using Intranet.Backup.Services;
using Intranet.Core.Modules;
using Microsoft.Data.Sqlite;

namespace Intranet.Backup.Tests;

/// <summary>Create, verify and restore on a small App_Data, without a running site.</summary>
public sealed class ArchiveRoundTripTests : IDisposable
{
    private static readonly BackupKey Key = BackupKey.Parse(BackupKey.Generate());
    private readonly TestAppData _data = new();
    private readonly ProductVersion _product = new(ModuleDiscovery.FromAssemblies([typeof(Intranet.AuditTrail.Startup).Assembly]));

    public void Dispose() => _data.Dispose();

    private Task<BackupManifest> CreateAsync(string archive, string version = "") =>
        BackupWriter.WriteAsync(_data.AppData, archive, Key, new BackupManifest { ProductVersion = version.Length > 0 ? version : _product.Version, CreatedUtc = DateTime.UtcNow }, [], default);

    [Fact]
    public async Task A_restored_App_Data_has_every_database_row_and_file_but_no_search_index_or_WAL_files()
    {
        // A row still in the WAL (not checkpointed) must be in the backup.
        using (var live = new SqliteConnection($"Data Source={_data.Database}"))
        {
            live.Open();
            using var insert = live.CreateCommand();
            insert.CommandText = "INSERT INTO People(Name) VALUES ('Lê Văn Cường')";
            insert.ExecuteNonQuery();
            var archive = _data.NewPath("a.ibak");
            var manifest = await CreateAsync(archive);

            Assert.Contains(manifest.Entries, e => e.Path == "Sites/Default/intranet.db" && e.Kind == ArchiveKinds.Database
                && e.Migrations!["__EFMigrationsHistory_Test"] == "20261123104820_InitialAudit");
            Assert.Contains(manifest.Entries, e => e.Path == "DataProtection-Keys/key-1.xml" && e.Kind == ArchiveKinds.Keys);
            Assert.DoesNotContain(manifest.Entries, e => e.Path.Contains("Lucene", StringComparison.Ordinal) || e.Path.EndsWith("-wal", StringComparison.Ordinal));
            Assert.All(manifest.Entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Sha256));

            var target = _data.NewPath("restored");
            await BackupRestorer.RestoreAsync(archive, target, Key, _product, default);

            Assert.Equal(3, TestAppData.Scalar(Path.Combine(target, "Sites", "Default", "intranet.db"), "SELECT COUNT(*) FROM People"));
            Assert.Equal([0xFF, 0xD8, 1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(target, "Sites", "Default", "directory", "photos", "1.jpg")));
            Assert.Equal("<key/>", await File.ReadAllTextAsync(Path.Combine(target, "DataProtection-Keys", "key-1.xml")));
            Assert.False(System.IO.Directory.Exists(Path.Combine(target, "Sites", "Default", "Lucene")));
            Assert.Empty(System.IO.Directory.EnumerateDirectories(_data.Root, ".restored.restore-*"));
        }
    }

    [Fact]
    public async Task The_archive_is_readable_by_its_owner_only_and_appears_only_when_complete()
    {
        var archive = _data.NewPath("a.ibak");
        await CreateAsync(archive);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(archive));
        }

        Assert.False(File.Exists(archive + ".partial"));
    }

    [Fact]
    public async Task Verify_reports_every_database_passing_its_integrity_check()
    {
        var archive = _data.NewPath("a.ibak");
        await CreateAsync(archive);

        var report = await BackupVerifier.VerifyAsync(archive, Key, _product, default);

        Assert.Equal(["Sites/Default/intranet.db"], report.Databases.Select(d => d.Path));
        Assert.All(report.Databases, d => Assert.True(d.Ok));
    }

    [Fact]
    public async Task Restore_refuses_a_non_empty_App_Data_and_leaves_it_alone()
    {
        var archive = _data.NewPath("a.ibak");
        await CreateAsync(archive);

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupRestorer.RestoreAsync(archive, _data.AppData, Key, _product, default));

        Assert.Equal(BackupError.TargetNotEmpty, error.Error);
        Assert.Contains("không trống", error.Message);
        Assert.True(File.Exists(Path.Combine(_data.AppData, "Sites", "Default", "Lucene", "people", "segments_1")));
    }

    [Fact]
    public async Task Restore_into_an_App_Data_holding_only_empty_folders_is_allowed()
    {
        var archive = _data.NewPath("a.ibak");
        await CreateAsync(archive);
        var target = _data.NewPath("fresh");
        System.IO.Directory.CreateDirectory(Path.Combine(target, "email"));

        await BackupRestorer.RestoreAsync(archive, target, Key, _product, default);

        Assert.True(File.Exists(Path.Combine(target, "Sites", "Default", "intranet.db")));
    }

    [Fact]
    public async Task An_archive_from_a_newer_version_is_refused_and_nothing_is_written()
    {
        var archive = _data.NewPath("newer.ibak");
        await CreateAsync(archive, version: "999.0.0");
        var target = _data.NewPath("restored");

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupRestorer.RestoreAsync(archive, target, Key, _product, default));

        Assert.Equal(BackupError.Mismatched, error.Error);
        Assert.Contains("mới hơn", error.Message);
        Assert.False(System.IO.Directory.Exists(target));
        Assert.Empty(System.IO.Directory.EnumerateDirectories(_data.Root, ".restored.restore-*"));
    }

    [Fact]
    public async Task A_database_with_a_migration_this_build_does_not_know_is_refused()
    {
        TestAppData.Execute(_data.Database, "INSERT INTO \"__EFMigrationsHistory_Test\" VALUES ('29990101000000_FromTheFuture', '11.0.0')");
        var archive = _data.NewPath("a.ibak");
        await CreateAsync(archive);

        var error = await Assert.ThrowsAsync<BackupException>(() => BackupVerifier.VerifyAsync(archive, Key, _product, default));

        Assert.Equal(BackupError.Mismatched, error.Error);
        Assert.Contains("29990101000000_FromTheFuture", error.Message);
        await Assert.ThrowsAsync<BackupException>(() => BackupRestorer.RestoreAsync(archive, _data.NewPath("restored"), Key, _product, default));
        Assert.False(System.IO.Directory.Exists(_data.NewPath("restored")));
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("Sites/../../x")]
    [InlineData("Sites\\x")]
    public void Entry_paths_that_leave_App_Data_are_refused(string path)
    {
        Assert.Equal(BackupError.Tampered, Assert.Throws<BackupException>(() => BackupReader.SafePath(path)).Error);
    }
}
