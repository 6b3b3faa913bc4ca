namespace Intranet.Hr.Models;

/// <summary>Group 10 (sensitive): health status on a date.</summary>
public sealed class HealthCheck
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    public DateOnly CheckedOn { get; set; }

    /// <summary>Tình trạng sức khỏe: "Tốt", "Khá", "Trung bình"…</summary>
    public string? Status { get; set; }

    public int? HeightCm { get; set; }

    public decimal? WeightKg { get; set; }

    public string? BloodType { get; set; }

    /// <summary>Thương binh hạng, gia đình chính sách… in words.</summary>
    public string? PolicyStatus { get; set; }

    public string? Notes { get; set; }
}
