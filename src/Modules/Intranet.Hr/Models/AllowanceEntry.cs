namespace Intranet.Hr.Models;

/// <summary>An allowance (phụ cấp) from a date until <see cref="EndsOn"/> (group 6, salary).</summary>
public sealed class AllowanceEntry : CareerEntry
{
    /// <summary>Kind code: "chuc-vu" (position), "trach-nhiem", "khu-vuc", "cong-vu", "khac"…</summary>
    public required string Kind { get; set; }

    /// <summary>A coefficient of the base salary (phụ cấp chức vụ 0,4…), or null when given in percent.</summary>
    public decimal? Coefficient { get; set; }

    public decimal? Percent { get; set; }

    public DateOnly? EndsOn { get; set; }
}
