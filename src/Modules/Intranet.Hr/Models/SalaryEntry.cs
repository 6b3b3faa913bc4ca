namespace Intranet.Hr.Models;

/// <summary>
/// Rank (ngạch) or professional title (chức danh nghề nghiệp) with its salary scale, step and coefficient from a
/// date (group 6, salary). <see cref="StepSince"/> is when the time in the step started counting (mốc nâng bậc).
/// </summary>
public sealed class SalaryEntry : CareerEntry
{
    /// <summary>Mã ngạch / mã chức danh, e.g. "01.003" (chuyên viên).</summary>
    public required string RankCode { get; set; }

    /// <summary>Salary scale group of NĐ 204/2004 Table 2, e.g. "A1", "A2.1", "B".</summary>
    public required string ScaleCode { get; set; }

    public int Step { get; set; }

    /// <summary>Hệ số lương, copied from the code list at the time so history survives a list change.</summary>
    public decimal Coefficient { get; set; }

    /// <summary>Phụ cấp thâm niên vượt khung in percent, beyond the top step (0 otherwise).</summary>
    public int ExceedingPercent { get; set; }

    public DateOnly StepSince { get; set; }

    /// <summary>Why the row exists: recruitment, regular or early step increase, rank change, seniority allowance…</summary>
    public SalaryChangeKind Kind { get; set; } = SalaryChangeKind.Assignment;
}
