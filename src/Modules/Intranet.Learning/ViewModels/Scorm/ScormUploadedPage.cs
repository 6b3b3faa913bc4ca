namespace Intranet.Learning.ViewModels.Scorm;

/// <summary>After a package is added: what was found in it and where to go next.</summary>
public sealed record ScormUploadedPage(int CourseId, string CourseTitle, int LessonId, string LessonTitle, string Version, string LaunchPath, int FileCount, string Size, string? Note);
