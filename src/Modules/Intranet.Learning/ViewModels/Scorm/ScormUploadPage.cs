using Intranet.Learning.Models;

namespace Intranet.Learning.ViewModels.Scorm;

/// <summary>The upload form: the course, its sections, what was entered, and the error to show.</summary>
public sealed class ScormUploadPage
{
    public required Course Course { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }

    public int? SectionId { get; init; }

    public string? Title { get; init; }

    public string? Error { get; init; }

    public required string MaxSize { get; init; }
}
