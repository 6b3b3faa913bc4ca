using System.Text;
using Intranet.Core.Text;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// The import's columns, one row per person: identity, then the current salary, posting and levels. The template
/// is generated from this list, and a file's header row is matched against it (key, Vietnamese header, or both
/// as the template writes them), in any order.
/// </summary>
public static class ImportSchema
{
    public const string PersonalId = "personal_id";
    public const string FullName = "full_name";
    public const string OtherNames = "other_names";
    public const string Sex = "sex";
    public const string BirthDate = "birth_date";
    public const string BirthPlace = "birth_place";
    public const string Hometown = "hometown";
    public const string Ethnicity = "ethnicity";
    public const string Religion = "religion";
    public const string PermanentAddress = "permanent_address";
    public const string CurrentAddress = "current_address";
    public const string PersonalIdIssuedOn = "personal_id_issued_on";
    public const string SocialInsurance = "social_insurance_number";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string StaffNumber = "staff_number";
    public const string Category = "category";
    public const string Status = "status";
    public const string RecruitedOn = "recruited_on";
    public const string RecruitingAgency = "recruiting_agency";
    public const string JoinedAgencyOn = "joined_agency_on";
    public const string RankCode = "rank_code";
    public const string Step = "step";
    public const string Coefficient = "coefficient";
    public const string ExceedingPercent = "exceeding_percent";
    public const string StepSince = "step_since";
    public const string SalaryDecision = "salary_decision";
    public const string Unit = "unit";
    public const string JobPosition = "job_position";
    public const string Post = "post";
    public const string PostingSince = "posting_since";
    public const string Education = "education_level";
    public const string EducationField = "education_field";
    public const string PoliticalTheory = "political_theory";
    public const string StateManagement = "state_management";
    public const string ItLevel = "it_level";
    public const string Language = "foreign_language";
    public const string LanguageLevel = "foreign_language_level";

    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(PersonalId, "Số định danh cá nhân (CCCD)", true, "001080012345", "12 chữ số, giữ số 0 ở đầu (định dạng ô là văn bản). Là khoá của hồ sơ: nhập lại cùng số sẽ cập nhật, không tạo trùng."),
        new(FullName, "Họ và tên khai sinh", true, "Nguyễn Thị Hoà", "Như trên giấy khai sinh."),
        new(OtherNames, "Tên gọi khác", false, "", ""),
        new(Sex, "Giới tính", true, "Nữ", "Nam hoặc Nữ."),
        new(BirthDate, "Ngày sinh", true, "15/03/1980", "dd/MM/yyyy; chỉ biết năm thì ghi năm (1980)."),
        new(BirthPlace, "Nơi sinh", false, "Xã Tân Hưng, tỉnh Bình An", ""),
        new(Hometown, "Quê quán", false, "Xã Tân Hưng, tỉnh Bình An", ""),
        new(Ethnicity, "Dân tộc", false, "Kinh", "Tên dân tộc hoặc mã (bảng năm 2008; bảng năm 1979 thì chọn khi nhập hoặc ghi 1979:mã)."),
        new(Religion, "Tôn giáo", false, "Không", "Tên hoặc mã tôn giáo; \"Không\" nếu không theo tôn giáo nào."),
        new(PermanentAddress, "Nơi thường trú", false, "", ""),
        new(CurrentAddress, "Nơi ở hiện nay", false, "", ""),
        new(PersonalIdIssuedOn, "Ngày cấp CCCD", false, "10/05/2021", "dd/MM/yyyy."),
        new(SocialInsurance, "Số sổ BHXH", false, "", ""),
        new(Phone, "Điện thoại", false, "0912 345 678", ""),
        new(Email, "Thư điện tử", false, "hoa.nt@so-noivu.binhan.gov.vn", ""),
        new(StaffNumber, "Số hiệu cán bộ, công chức", false, "", ""),
        new(Category, "Loại cán bộ", false, "Công chức", "Công chức, Cán bộ, Viên chức hoặc Hợp đồng lao động; để trống là Công chức."),
        new(Status, "Trạng thái", false, "Đang công tác", "Đang công tác, Tập sự, Nghỉ hưu hoặc Thôi việc; để trống là Đang công tác."),
        new(RecruitedOn, "Ngày tuyển dụng", false, "01/09/2005", "dd/MM/yyyy."),
        new(RecruitingAgency, "Cơ quan tuyển dụng", false, "", ""),
        new(JoinedAgencyOn, "Ngày vào cơ quan hiện nay", false, "01/09/2005", "dd/MM/yyyy."),
        new(RankCode, "Mã ngạch / chức danh nghề nghiệp", false, "01.003", "Mã trong danh mục ngạch (01.003 = chuyên viên); có mã ngạch thì phải có bậc và ngày hưởng bậc."),
        new(Step, "Bậc lương", false, "4", "Số nguyên từ 1 đến bậc cuối của ngạch."),
        new(Coefficient, "Hệ số lương", false, "3,33", "Để trống thì lấy theo bảng lương; nếu ghi thì phải khớp bảng."),
        new(ExceedingPercent, "Phụ cấp thâm niên vượt khung (%)", false, "", "Chỉ khi đã ở bậc cuối."),
        new(StepSince, "Ngày hưởng bậc hiện tại", false, "01/09/2023", "dd/MM/yyyy: mốc tính nâng bậc lần sau."),
        new(SalaryDecision, "Số quyết định lương", false, "125/QĐ-SNV", ""),
        new(Unit, "Đơn vị / phòng", false, "Phòng Tổ chức cán bộ", ""),
        new(JobPosition, "Vị trí việc làm", false, "Chuyên viên tổ chức cán bộ", ""),
        new(Post, "Chức vụ", false, "", "Để trống nếu không giữ chức vụ."),
        new(PostingSince, "Ngày giữ vị trí / chức vụ", false, "01/09/2005", "dd/MM/yyyy; cần khi có đơn vị, vị trí hoặc chức vụ."),
        new(Education, "Trình độ chuyên môn", false, "Đại học", "Tên hoặc mã trong danh mục trình độ."),
        new(EducationField, "Chuyên ngành", false, "Luật", ""),
        new(PoliticalTheory, "Lý luận chính trị", false, "Trung cấp", "Tên hoặc mã: Sơ cấp, Trung cấp, Cao cấp, Cử nhân."),
        new(StateManagement, "Quản lý nhà nước", false, "Chuyên viên", "Tên hoặc mã: Chuyên viên, Chuyên viên chính, Chuyên viên cao cấp."),
        new(ItLevel, "Tin học", false, "Cơ bản", "Chuẩn kỹ năng TT 03/2014 (Cơ bản, Nâng cao) hoặc chứng chỉ cũ A, B, C."),
        new(Language, "Ngoại ngữ", false, "Tiếng Anh", ""),
        new(LanguageLevel, "Trình độ ngoại ngữ", false, "B1", "Tên hoặc mã trong danh mục trình độ ngoại ngữ."),
    ];

    private static readonly Dictionary<string, ImportColumn> ByName = BuildIndex();

    public static ImportColumn Column(string key) => Columns.First(c => c.Key == key);

    /// <summary>The column a header cell names, or null: the key, the Vietnamese header, or "Header [key]".</summary>
    public static ImportColumn? Resolve(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.Trim();
        var open = text.LastIndexOf('[');
        if (open >= 0 && text.EndsWith(']') && ByName.TryGetValue(Fold(text[(open + 1)..^1]), out var byKey))
        {
            return byKey;
        }

        return ByName.GetValueOrDefault(Fold(text));
    }

    /// <summary>Case, accents and spacing do not matter in headers ("ngay sinh" = "Ngày sinh").</summary>
    public static string Fold(string text)
    {
        var decomposed = UnicodeText.Normalize(text.Trim(), NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, ImportColumn> BuildIndex()
    {
        var index = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            index[Fold(column.Key)] = column;
            index[Fold(column.Header)] = column;
        }

        return index;
    }
}
