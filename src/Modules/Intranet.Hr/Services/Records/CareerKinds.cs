using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Records;

/// <summary>URL names, Vietnamese labels and the field group of each kind of career row.</summary>
public static class CareerKinds
{
    public static IReadOnlyList<CareerKind> All { get; } = Enum.GetValues<CareerKind>();

    public static string Slug(CareerKind kind) => kind switch
    {
        CareerKind.Salary => "salary",
        CareerKind.Allowance => "allowances",
        CareerKind.Posting => "postings",
        CareerKind.Rating => "ratings",
        CareerKind.Award => "awards",
        CareerKind.Discipline => "disciplines",
        CareerKind.Qualification => "qualifications",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind named in a URL ("salary", "postings"…, case-insensitive), or null.</summary>
    public static CareerKind? Parse(string? slug) =>
        All.Cast<CareerKind?>().FirstOrDefault(k => string.Equals(Slug(k!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Label(CareerKind kind) => kind switch
    {
        CareerKind.Salary => "Ngạch, bậc, hệ số lương",
        CareerKind.Allowance => "Phụ cấp",
        CareerKind.Posting => "Đơn vị, vị trí việc làm, chức vụ",
        CareerKind.Rating => "Đánh giá, xếp loại",
        CareerKind.Award => "Khen thưởng",
        CareerKind.Discipline => "Kỷ luật",
        CareerKind.Qualification => "Đào tạo, bồi dưỡng",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Salary and allowances need the salary permission; the other kinds are the basic group.</summary>
    public static HrGroup Group(CareerKind kind) => kind is CareerKind.Salary or CareerKind.Allowance ? HrGroup.Salary : HrGroup.Basic;
}
