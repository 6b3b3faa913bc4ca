using Intranet.Backup.Crypto;
using Intranet.Core.Audit;
using Intranet.Core.Hosting;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Backup.Services;

/// <summary>
/// <c>backup create --to FILE | verify FILE | restore --from FILE [--app-data DIR]</c>, each with
/// <c>[--key-file FILE]</c> (else <c>INTRANET_BACKUP_KEY</c>, else configuration). Exit 0 on success, 1 when the
/// archive is refused or the work fails (the reason in Vietnamese and English), 2 on a usage error.
/// </summary>
public sealed class BackupCliCommand : ICliCommand
{
    private readonly BackupService _backups;
    private readonly IServiceProvider _services;

    public BackupCliCommand(BackupService backups, IServiceProvider services)
    {
        _backups = backups;
        _services = services;
    }

    public string Group => "backup";

    public string Help =>
        "backup create --to <file> [--key-file <file>]                   write an encrypted archive of the whole province (the site may run)\n" +
        "backup verify <file> [--key-file <file>]                        decrypt and check every entry, hash and database\n" +
        "backup restore --from <file> [--app-data <dir>] [--key-file <file>]   restore into an empty App_Data (site stopped)\n" +
        "backup keygen                                                   print a new random 32-byte key (base64) for a key file";

    /// <summary>Restore must find App_Data as the operator left it (empty); verify and keygen need no database.</summary>
    public bool RunsStartupTasks(IReadOnlyList<string> args) => args.Count > 0 && args[0] == "create";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0] : "";
        var rest = args.Skip(1).ToList();
        try
        {
            switch (verb)
            {
                case "create" when Option(rest, "--to") is { } to:
                    var created = await _backups.CreateAsync(to, _backups.ResolveKey(Option(rest, "--key-file")), cancellationToken);

                    // Who took a copy of every department's data is worth a permanent record (after the archive: it is not in it).
                    if (_services.GetService<IAuditTrail>() is { } audit)
                    {
                        await audit.RecordAsync(new AuditEvent("backup", "created", Path.GetFullPath(to), $"{created.Entries.Count} entries, {created.Tenants.Count} tenants, command line")
                        {
                            TenantName = Tenant.DefaultName,
                            Actor = "cli:" + Environment.UserName,
                        }, cancellationToken);
                    }

                    await output.WriteLineAsync($"Đã sao lưu / Backup written: {Path.GetFullPath(to)} ({created.Entries.Count} entries, {created.Tenants.Count} tenants)");
                    foreach (var note in created.NotIncluded)
                    {
                        await output.WriteLineAsync("  không gồm / not included: " + note);
                    }

                    return 0;
                case "verify" when rest.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != Option(rest, "--key-file")) is { } file:
                    var report = await BackupVerifier.VerifyAsync(file, _backups.ResolveKey(Option(rest, "--key-file")), _backups.Product, cancellationToken);
                    await output.WriteLineAsync(
                        $"Tệp sao lưu hợp lệ / Backup OK: {report.Manifest.Entries.Count} entries, {report.Databases.Count} databases pass integrity_check, " +
                        $"{report.Manifest.Tenants.Count} tenants, made {report.Manifest.CreatedUtc:u} by version {report.Manifest.ProductVersion}");
                    return 0;
                case "restore" when Option(rest, "--from") is { } from:
                    var target = Option(rest, "--app-data") ?? _backups.AppData;
                    var restored = await BackupRestorer.RestoreAsync(from, target, _backups.ResolveKey(Option(rest, "--key-file")), _backups.Product, cancellationToken);
                    await output.WriteLineAsync(
                        $"Đã khôi phục / Restored into {Path.GetFullPath(target)}: {restored.Entries.Count} entries, {restored.Tenants.Count} tenants. " +
                        "Chỉ mục tìm kiếm sẽ được dựng lại khi khởi động / search indexes are rebuilt at the next start.");
                    return 0;
                case "keygen":
                    await output.WriteLineAsync(BackupKey.Generate());
                    return 0;
                default:
                    await output.WriteLineAsync("usage:\n" + Help);
                    return 2;
            }
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"backup {verb}: {ex.Vietnamese}");
            await output.WriteLineAsync($"backup {verb}: {ex.English}");
            return 1;
        }
        catch (IOException ex)
        {
            await output.WriteLineAsync($"backup {verb}: lỗi đọc/ghi tệp / file error: {ex.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException ex)
        {
            await output.WriteLineAsync($"backup {verb}: không có quyền / permission denied: {ex.Message}");
            return 1;
        }
    }

    private static string? Option(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
