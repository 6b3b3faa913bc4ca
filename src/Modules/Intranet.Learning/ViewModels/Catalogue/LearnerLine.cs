using Intranet.Learning.Models;
using Intranet.Learning.Services.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

/// <summary>One learner on the trainer's page.</summary>
public sealed record LearnerLine(Enrolment Enrolment, CourseProgress Progress);
