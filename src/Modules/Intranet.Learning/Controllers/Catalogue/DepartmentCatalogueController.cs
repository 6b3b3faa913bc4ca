using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>The learner's pages in a department: /learning.</summary>
[ForFeature(LearningFeatures.Department)]
[AtHost(false)]
[Route("learning")]
public sealed class DepartmentCatalogueController : CatalogueControllerBase
{
    public DepartmentCatalogueController(CatalogueService catalogue, ILearningAccess access, EnrolmentService enrolments, ILessonOutcomes outcomes, LessonFiles files, LearningDbContext db)
        : base(catalogue, access, enrolments, outcomes, files, db)
    {
    }
}
