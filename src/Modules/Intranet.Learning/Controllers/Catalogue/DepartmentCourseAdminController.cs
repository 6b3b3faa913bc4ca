using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>Trainer pages of a department's own courses: /admin/learning.</summary>
[ForFeature(LearningFeatures.Department)]
[AtHost(false)]
[Route("admin/learning")]
public sealed class DepartmentCourseAdminController : CourseAdminControllerBase
{
    public DepartmentCourseAdminController(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, LessonFiles files, EnrolmentService enrolments, EnrolmentRules rules, DepartmentReports reports, LearningDbContext db)
        : base(catalogue, access, editor, files, enrolments, rules, reports, db)
    {
    }
}
