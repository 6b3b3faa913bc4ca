using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>The learning API in a department: /api/learning.</summary>
[ForFeature(LearningFeatures.Department)]
[AtHost(false)]
[Route("api/learning")]
public sealed class DepartmentLearningApiController : LearningApiControllerBase
{
    public DepartmentLearningApiController(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, EnrolmentService enrolments, DepartmentReports reports, LearningDbContext db)
        : base(catalogue, access, editor, enrolments, reports, db)
    {
    }
}
