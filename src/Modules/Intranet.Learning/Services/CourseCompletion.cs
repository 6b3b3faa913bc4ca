namespace Intranet.Learning.Services;

/// <summary>A learner finished a course (every required lesson completed and passed where there is a pass mark).</summary>
public sealed record CourseCompletion(int EnrolmentId, int CourseId, string AccountId, string DisplayName, string? TenantName, DateTime CompletedUtc);
