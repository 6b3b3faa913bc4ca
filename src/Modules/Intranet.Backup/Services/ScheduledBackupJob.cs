using Intranet.Backup.Crypto;
using Intranet.Core.Audit;
using Intranet.Core.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Backup.Services;

/// <summary>
/// One scheduled backup: writes <c>province-YYYYMMDD-HHmm.ibak</c> into the backup folder, prunes by retention,
/// and records both in the province's audit trail. A failure is logged and audited with its reason only
/// (never the key), and the next run tries again.
/// </summary>
public sealed class ScheduledBackupJob : IDisposable
{
    private readonly BackupService _backups;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<ScheduledBackupJob> _logger;
    private readonly SemaphoreSlim _running = new(1, 1);

    public ScheduledBackupJob(BackupService backups, IServiceScopeFactory scopes, ILogger<ScheduledBackupJob> logger, TimeProvider? clock = null)
    {
        _backups = backups;
        _scopes = scopes;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Runs a backup now (the scheduler's tick, the admin page's button, a test). Returns the archive's path, or null.</summary>
    public async Task<string?> RunAsync(CancellationToken cancellationToken)
    {
        if (!await _running.WaitAsync(0, cancellationToken))
        {
            return null; // one backup at a time
        }

        try
        {
            return await RunLockedAsync(cancellationToken);
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private async Task<string?> RunLockedAsync(CancellationToken cancellationToken)
    {
        var folder = _backups.Folder;
        var name = RetentionPolicy.FileName(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _clock.LocalTimeZone).DateTime);
        var path = Path.Combine(folder, name);
        try
        {
            var key = _backups.ResolveKey();
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            if (File.Exists(path))
            {
                _logger.LogInformation("Scheduled backup skipped: {File} already exists", name);
                return null;
            }

            var manifest = await _backups.CreateAsync(path, key, cancellationToken);
            var size = new FileInfo(path).Length;
            _logger.LogInformation("Scheduled backup written: {File} ({Entries} entries, {Bytes} bytes)", name, manifest.Entries.Count, size);
            await AuditAsync(new AuditEvent("backup", "created", name, $"{manifest.Entries.Count} entries, {size} bytes, {manifest.Tenants.Count} tenants"), cancellationToken);
            await PruneAsync(folder, cancellationToken);
            return path;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // BackupException messages are written for operators and hold no secret; others are logged by type and message.
            _logger.LogError("Scheduled backup {File} failed: {Reason}", name, Describe(ex));
            await AuditAsync(new AuditEvent("backup", "failed", name, Describe(ex)) { Succeeded = false }, cancellationToken);
            return null;
        }
    }

    private async Task PruneAsync(string folder, CancellationToken cancellationToken)
    {
        var options = _backups.Options;
        var names = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().ToList();
        var delete = RetentionPolicy.ToDelete(names, options.KeepDaily, options.KeepMonthly);
        foreach (var old in delete)
        {
            File.Delete(Path.Combine(folder, old));
        }

        if (delete.Count > 0)
        {
            _logger.LogInformation("Backups pruned by retention: {Files}", string.Join(", ", delete));
            await AuditAsync(new AuditEvent("backup", "pruned", string.Join(", ", delete), $"keep {options.KeepDaily} daily, {options.KeepMonthly} monthly"), cancellationToken);
        }
    }

    private async Task AuditAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetService<IAuditTrail>();
            if (audit is not null)
            {
                await audit.RecordAsync(auditEvent with { TenantName = Tenant.DefaultName, Actor = "system:backup" }, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError("Could not audit backup event {Action}: {Reason}", auditEvent.Action, ex.Message);
        }
    }

    private static string Describe(Exception ex) => ex is BackupException backup ? backup.English : $"{ex.GetType().Name}: {ex.Message}";
}
