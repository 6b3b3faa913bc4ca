using Intranet.Learning.Models;

namespace Intranet.Learning.ViewModels.Catalogue;

public sealed class BuilderPage
{
    public Course? Course { get; init; }

    public required CourseForm Form { get; init; }

    public IReadOnlyList<Section> Outline { get; init; } = [];

    public string? Error { get; init; }

    public string? ErrorField { get; init; }

    public string? Message { get; init; }
}
