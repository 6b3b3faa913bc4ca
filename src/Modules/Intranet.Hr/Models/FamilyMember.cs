namespace Intranet.Hr.Models;

/// <summary>Group 2 (sensitive): a relative, on the person's or the spouse's side.</summary>
public sealed class FamilyMember
{
    public int Id { get; set; }

    public int RecordId { get; set; }

    /// <summary>Quan hệ: "Bố", "Mẹ", "Vợ", "Chồng", "Con", "Anh", "Chị", "Em", "Bố vợ"…</summary>
    public required string Relation { get; set; }

    public bool SpouseSide { get; set; }

    public required string FullName { get; set; }

    public int? BirthYear { get; set; }

    /// <summary>Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở — in words, as on the form.</summary>
    public string? Details { get; set; }
}
