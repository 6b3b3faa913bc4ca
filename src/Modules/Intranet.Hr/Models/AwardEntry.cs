namespace Intranet.Hr.Models;

/// <summary>An award (khen thưởng) or emulation title (group 6, basic); may ground an early step increase.</summary>
public sealed class AwardEntry : CareerEntry
{
    /// <summary>Hình thức: "Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cơ sở"…</summary>
    public required string Form { get; set; }

    /// <summary>Cấp khen: "Nhà nước", "Bộ, ngành", "Tỉnh", "Cơ sở".</summary>
    public string? Level { get; set; }

    /// <summary>Months by which the recognised achievement brings the next step forward (0 for none).</summary>
    public int EarlyStepMonths { get; set; }
}
