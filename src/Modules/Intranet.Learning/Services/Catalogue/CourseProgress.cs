namespace Intranet.Learning.Services.Catalogue;

/// <summary>A learner's progress in a course: required lessons done (completed and not failed) out of all required.</summary>
public sealed record CourseProgress(int Done, int Required)
{
    public int Percent => Required == 0 ? 0 : (int)Math.Round(100.0 * Done / Required);
}
