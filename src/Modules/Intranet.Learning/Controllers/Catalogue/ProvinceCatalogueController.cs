using Intranet.Core.Modules;
using Intranet.Learning.Models;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>The learner's pages in the province (host): /learning.</summary>
[ForFeature(LearningFeatures.Province)]
[AtHost(true)]
[Route("learning")]
public sealed class ProvinceCatalogueController : CatalogueControllerBase
{
    public ProvinceCatalogueController(CatalogueService catalogue, ILearningAccess access, EnrolmentService enrolments, ILessonOutcomes outcomes, LessonFiles files, LearningDbContext db)
        : base(catalogue, access, enrolments, outcomes, files, db)
    {
    }
}
