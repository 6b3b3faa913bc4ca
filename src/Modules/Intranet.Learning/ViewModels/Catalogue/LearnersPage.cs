using Intranet.Learning.Models;
using Intranet.Learning.Models.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

public sealed class LearnersPage
{
    public required Course Course { get; init; }

    public required IReadOnlyList<LearnerLine> Learners { get; init; }

    public required IReadOnlyList<EnrolmentRule> Rules { get; init; }

    public bool CanEnrol { get; init; }

    public string? Message { get; init; }

    public string? Error { get; init; }
}
