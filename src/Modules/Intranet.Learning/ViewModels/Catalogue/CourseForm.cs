using System.Globalization;
using Intranet.Learning.Models;
using Intranet.Learning.Services.Catalogue;

namespace Intranet.Learning.ViewModels.Catalogue;

/// <summary>The course form as typed (dates dd/MM/yyyy, lists comma-separated); <see cref="ToInput"/> parses it.</summary>
public sealed class CourseForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? ItModules { get; set; }

    public CourseLevel Level { get; set; }

    public int DurationHours { get; set; }

    public string? OpensOn { get; set; }

    public string? ClosesOn { get; set; }

    public int? Capacity { get; set; }

    public CourseStatus Status { get; set; }

    public int? CertificateValidMonths { get; set; }

    public string? Trainers { get; set; }

    public static CourseForm From(Course course) => new()
    {
        Title = course.Title,
        Description = course.DescriptionMarkdown,
        ItModules = course.ItModules.Replace(",", ", ", StringComparison.Ordinal),
        Level = course.Level,
        DurationHours = course.DurationHours,
        OpensOn = course.OpensOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ClosesOn = course.ClosesOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        Capacity = course.Capacity,
        Status = course.Status,
        CertificateValidMonths = course.CertificateValidMonths,
    };

    public CourseInput ToInput() => new()
    {
        Title = Title,
        Description = Description,
        ItModules = Split(ItModules),
        Level = Level,
        DurationHours = DurationHours,
        OpensOn = ParseDate(OpensOn, "opensOn"),
        ClosesOn = ParseDate(ClosesOn, "closesOn"),
        Capacity = Capacity,
        Status = Status,
        CertificateValidMonths = CertificateValidMonths,
        TrainerEmails = Trainers is null ? null : Split(Trainers),
    };

    public static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new LearningException(400, $"Ngày '{text}' không đúng dạng dd/MM/yyyy.", field);
    }

    private static string[] Split(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
