namespace Intranet.Learning.ViewModels.Scorm;

/// <summary>A package added as a lesson.</summary>
public sealed record ScormUploadResult(int PackageId, int LessonId, string Title, string Version, string LaunchPath, int FileCount, long TotalBytes);
