namespace Intranet.Backup.Services;

/// <summary>A file of App_Data to archive: its path relative to App_Data ('/' separated), on disk, and its kind.</summary>
public sealed record AppDataFile(string RelativePath, string FullPath, string Kind);
