using Intranet.Learning.Models;
using Intranet.Learning.Models.Scorm;

namespace Intranet.Learning.Services.Scorm;

/// <summary>A SCORM lesson with its course and package, and what the user may do with it.</summary>
public sealed record ScormLesson(Lesson Lesson, Course Course, ScormPackage Package, Enrolment? Enrolment, bool MayManage);
