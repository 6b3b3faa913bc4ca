namespace Intranet.Backup.Models;

public sealed record BackupListViewModel(string Folder, string? Schedule, int KeepDaily, int KeepMonthly, IReadOnlyList<BackupFileRow> Files);
