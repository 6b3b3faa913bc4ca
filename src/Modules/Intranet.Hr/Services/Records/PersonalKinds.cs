using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>URL names, Vietnamese labels and the field group of each non-dated kind.</summary>
public static class PersonalKinds
{
    public static IReadOnlyList<PersonalKind> All { get; } = Enum.GetValues<PersonalKind>();

    public static string Slug(PersonalKind kind) => kind switch
    {
        PersonalKind.Family => "family",
        PersonalKind.Political => "political",
        PersonalKind.Assets => "assets",
        PersonalKind.Health => "health",
        PersonalKind.History => "history",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind named in a URL ("family"…, case-insensitive), or null.</summary>
    public static PersonalKind? Parse(string? slug) =>
        All.Cast<PersonalKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Label(PersonalKind kind) => kind switch
    {
        PersonalKind.Family => "Quan hệ gia đình",
        PersonalKind.Political => "Đảng, đoàn thể",
        PersonalKind.Assets => "Tài sản, thu nhập",
        PersonalKind.Health => "Sức khỏe",
        PersonalKind.History => "Tóm tắt quá trình công tác",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Personal history is basic; the other four are the sensitive groups of the same name.</summary>
    public static HrGroup Group(PersonalKind kind) => kind switch
    {
        PersonalKind.Family => HrGroup.Family,
        PersonalKind.Political => HrGroup.Political,
        PersonalKind.Assets => HrGroup.Assets,
        PersonalKind.Health => HrGroup.Health,
        _ => HrGroup.Basic,
    };
}
