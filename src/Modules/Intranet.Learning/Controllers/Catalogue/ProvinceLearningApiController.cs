using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>The learning API in the province (host): /api/learning.</summary>
[ForFeature(LearningFeatures.Province)]
[AtHost(true)]
[Route("api/learning")]
public sealed class ProvinceLearningApiController : LearningApiControllerBase
{
    public ProvinceLearningApiController(CatalogueService catalogue, ILearningAccess access, CourseEditor editor, EnrolmentService enrolments, DepartmentReports reports, LearningDbContext db)
        : base(catalogue, access, editor, enrolments, reports, db)
    {
    }
}
