using Intranet.Learning.Models;
using Intranet.Learning.Services.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

public sealed class CataloguePage
{
    public required CatalogueFilter Filter { get; init; }

    public required IReadOnlyList<Course> Courses { get; init; }

    /// <summary>Course id → the user's enrolment there.</summary>
    public required IReadOnlyDictionary<int, Enrolment> Enrolled { get; init; }
}
