using Intranet.Backup.Models;

namespace Intranet.Backup.Services;

public sealed record VerifyReport(BackupManifest Manifest, IReadOnlyList<DatabaseCheck> Databases);
