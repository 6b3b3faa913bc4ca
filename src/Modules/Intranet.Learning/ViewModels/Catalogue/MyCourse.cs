using Intranet.Learning.Models;
using Intranet.Learning.Services.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

/// <summary>One line of "my courses": the course, the enrolment, progress and where to continue.</summary>
public sealed record MyCourse(Course Course, Enrolment Enrolment, CourseProgress Progress, int? ContinueLessonId);
