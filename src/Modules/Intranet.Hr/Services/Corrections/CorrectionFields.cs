using System.Globalization;
using Intranet.Hr.Models;

namespace Intranet.Hr.Services.Corrections;

/// <summary>
/// The identity fields a civil servant may propose corrections to (basic group). Career facts rest on decisions and
/// are corrected by the HR officer from the decision, so a person proposes them as "other" with an explanation.
/// </summary>
public static class CorrectionFields
{
    public const string Other = "other";

    public static IReadOnlyList<CorrectionField> All { get; } =
    [
        new("FullName", "Họ và tên khai sinh", 150, r => r.FullName, (r, v) => r.FullName = v),
        new("OtherNames", "Tên gọi khác", 150, r => r.OtherNames, (r, v) => r.OtherNames = v),
        new("BirthDate", "Ngày sinh (dd/MM/yyyy)", 10, r => r.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), (r, v) =>
        {
            r.BirthDate = ParseDate(v)!.Value;
            r.BirthDatePrecision = DatePrecision.Day;
        }),
        new("BirthPlace", "Nơi sinh", 300, r => r.BirthPlace, (r, v) => r.BirthPlace = v),
        new("Hometown", "Quê quán", 300, r => r.Hometown, (r, v) => r.Hometown = v),
        new("PermanentAddress", "Nơi thường trú", 300, r => r.PermanentAddress, (r, v) => r.PermanentAddress = v),
        new("CurrentAddress", "Nơi ở hiện nay", 300, r => r.CurrentAddress, (r, v) => r.CurrentAddress = v),
        new("Phone", "Số điện thoại", 40, r => r.Phone, (r, v) => r.Phone = v),
        new("Email", "Thư điện tử", 254, r => r.Email, (r, v) => r.Email = v),
        new("SocialInsuranceNumber", "Số sổ BHXH", 40, r => r.SocialInsuranceNumber, (r, v) => r.SocialInsuranceNumber = v),
        new("HealthInsuranceNumber", "Số thẻ BHYT", 40, r => r.HealthInsuranceNumber, (r, v) => r.HealthInsuranceNumber = v),
        new("FamilyOrigin", "Thành phần gia đình xuất thân", 200, r => r.FamilyOrigin, (r, v) => r.FamilyOrigin = v),
        new("OccupationBeforeRecruitment", "Nghề nghiệp trước khi được tuyển dụng", 200, r => r.OccupationBeforeRecruitment, (r, v) => r.OccupationBeforeRecruitment = v),
        new("Strengths", "Sở trường, năng khiếu", 500, r => r.Strengths, (r, v) => r.Strengths = v),
        new("Titles", "Danh hiệu được phong", 500, r => r.Titles, (r, v) => r.Titles = v),
        new("MilitaryService", "Nhập ngũ, xuất ngũ, quân hàm", 500, r => r.MilitaryService, (r, v) => r.MilitaryService = v),
        new(Other, "Nội dung khác (ghi rõ trong phần giải trình)", 1000, _ => null, null),
    ];

    public static CorrectionField? Find(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
