namespace Intranet.Learning.ViewModels.Scorm;

/// <summary>The player page: the lesson, where to go back, and what the runtime script is started with.</summary>
public sealed record ScormPlayerPage(
    int LessonId,
    string Title,
    string CourseTitle,
    string CourseUrl,
    string Version,
    string ContentUrl,
    int Launch,
    string StateJson,
    string? CommitUrl,
    bool Preview);
