using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>Trainer pages of the province's courses (host): /admin/learning.</summary>
[ForFeature(LearningFeatures.Province)]
[AtHost(true)]
[Route("admin/learning")]
public sealed class ProvinceCourseAdminController : CourseAdminControllerBase
{
    public ProvinceCourseAdminController(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, LessonFiles files, EnrolmentService enrolments, EnrolmentRules rules, DepartmentReports reports, LearningDbContext db)
        : base(catalogue, access, editor, files, enrolments, rules, reports, db)
    {
    }
}
