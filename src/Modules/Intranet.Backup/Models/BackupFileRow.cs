namespace Intranet.Backup.Models;

/// <summary>One archive in the backup folder, as the admin page lists it.</summary>
public sealed record BackupFileRow(string Name, DateTime? Time, long Size, bool Kept);
