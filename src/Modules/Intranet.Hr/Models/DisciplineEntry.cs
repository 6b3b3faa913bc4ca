namespace Intranet.Hr.Models;

/// <summary>A discipline (kỷ luật) from a date (group 6, basic); it extends the step interval.</summary>
public sealed class DisciplineEntry : CareerEntry
{
    /// <summary>Hình thức: "Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc".</summary>
    public required string Form { get; set; }

    public string? Reason { get; set; }

    /// <summary>Months the next regular step is pushed back (6 for khiển trách, 12 for the heavier forms).</summary>
    public int StepExtensionMonths { get; set; }
}
