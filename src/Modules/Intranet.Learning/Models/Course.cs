namespace Intranet.Learning.Models;

/// <summary>
/// A course of the catalogue. <see cref="OwnerTenant"/> null is a province course (every civil servant sees it);
/// otherwise only that department's members see it and only its trainers manage it.
/// </summary>
public sealed class Course
{
    public int Id { get; set; }

    /// <summary>Null: the province (host); otherwise the department tenant's name.</summary>
    public string? OwnerTenant { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Title folded (no diacritics, lower case) for search with the directory's Vietnamese folding.</summary>
    public string TitleFolded { get; set; } = "";

    /// <summary>Markdown as the trainer wrote it; rendered and sanitised on display.</summary>
    public string DescriptionMarkdown { get; set; } = "";

    /// <summary>Relative path of the cover image under the module's upload folder, or null.</summary>
    public string? CoverImagePath { get; set; }

    /// <summary>TT 03/2014 modules covered, comma-separated in order ("IU01,IU02").</summary>
    public string ItModules { get; set; } = "";

    public CourseLevel Level { get; set; }

    public int DurationHours { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    /// <summary>Null: no limit on active enrolments.</summary>
    public int? Capacity { get; set; }

    public CourseStatus Status { get; set; }

    /// <summary>Months a certificate of this course stays valid; null: no expiry.</summary>
    public int? CertificateValidMonths { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public List<CourseTrainer> Trainers { get; set; } = [];

    public List<CoursePrerequisite> Prerequisites { get; set; } = [];

    public List<Section> Sections { get; set; } = [];
}
