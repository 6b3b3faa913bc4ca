namespace Intranet.Hr.Models;

/// <summary>Group 7 (sensitive): Party or socio-political organisation membership.</summary>
public sealed class PoliticalMembership
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    /// <summary>"Đảng Cộng sản Việt Nam", "Đoàn TNCS Hồ Chí Minh", "Công đoàn"…</summary>
    public required string Organisation { get; set; }

    public DateOnly? JoinedOn { get; set; }

    /// <summary>Ngày chính thức (Party).</summary>
    public DateOnly? OfficialOn { get; set; }

    public string? Role { get; set; }

    public DateOnly? LeftOn { get; set; }
}
