namespace Intranet.Hr.Models;

/// <summary>Unit, job position (vị trí việc làm) and post (chức vụ) from a date (groups 4 and 6, basic).</summary>
public sealed class PostingEntry : CareerEntry
{
    public MovementKind Movement { get; set; } = MovementKind.Recruitment;

    /// <summary>The directory unit id in the department; the name is kept too so history survives a rename.</summary>
    public string? UnitId { get; set; }

    public string? UnitName { get; set; }

    public string? JobPosition { get; set; }

    /// <summary>Chức vụ (Giám đốc, Trưởng phòng…), null for none.</summary>
    public string? Post { get; set; }

    /// <summary>The agency when the posting is outside the department (biệt phái, luân chuyển).</summary>
    public string? Agency { get; set; }
}
