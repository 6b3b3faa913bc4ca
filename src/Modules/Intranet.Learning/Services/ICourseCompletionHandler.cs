namespace Intranet.Learning.Services;

/// <summary>Told once per enrolment when its course is completed (certificates are issued here). Runs after the progress is saved.</summary>
public interface ICourseCompletionHandler
{
    Task CourseCompletedAsync(CourseCompletion completion, CancellationToken cancellationToken);
}
