namespace Intranet.Learning.Models;

/// <summary>
/// One lesson of a section. Text lessons keep their Markdown here; video and document lessons a file;
/// SCORM and quiz lessons point with <see cref="ContentId"/> at their package or quiz (owned by those parts).
/// </summary>
public sealed class Lesson
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public int SectionId { get; set; }

    public string Title { get; set; } = "";

    public int Position { get; set; }

    public LessonKind Kind { get; set; }

    /// <summary>Markdown of a text lesson (sanitised when rendered).</summary>
    public string? BodyMarkdown { get; set; }

    /// <summary>Stored file of a video (MP4/WebM) or document (PDF) lesson, relative to the module's upload folder.</summary>
    public string? FilePath { get; set; }

    public string? FileContentType { get; set; }

    /// <summary>The SCORM package id or quiz id.</summary>
    public int? ContentId { get; set; }

    /// <summary>Whether the course's completion needs this lesson.</summary>
    public bool Required { get; set; } = true;
}
