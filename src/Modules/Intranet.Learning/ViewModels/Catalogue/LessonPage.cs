using Intranet.Learning.Models;

namespace Intranet.Learning.ViewModels.Catalogue;

public sealed class LessonPage
{
    public required Course Course { get; init; }

    public required Lesson Lesson { get; init; }

    public bool Done { get; init; }

    public bool Enrolled { get; init; }

    public Lesson? Next { get; init; }
}
