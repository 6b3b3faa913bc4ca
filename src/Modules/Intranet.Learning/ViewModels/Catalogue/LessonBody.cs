namespace Intranet.Learning.ViewModels.Catalogue;

/// <summary>POST /api/learning/courses/{id}/lessons: a text lesson (Markdown) at the end of a section.</summary>
public sealed record LessonBody(int SectionId, string? Title, string? Body, bool Required = true);
