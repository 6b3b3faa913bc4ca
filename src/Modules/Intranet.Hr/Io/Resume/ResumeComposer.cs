using System.Globalization;
using Intranet.Core.Staff;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Resume;

/// <summary>
/// Lays the record out as Mẫu 2C-BNV/2008 (QĐ 02/2008/QĐ-BNV): agency lines, numbered fields 1–26, then the
/// tables 27–31 (training, work history, personal history, family, salary history) and the assessment. The
/// layout is the form's as reconstructed in hr-elearning.md §A2; the data model stays the record's groups, so a
/// newer form is another composer. A group the reader may not see is left out, and a note says so.
/// </summary>
public static class ResumeComposer
{
    private const string Withheld = "(Không hiển thị: người xuất không có quyền xem nhóm thông tin này.)";

    public static ResumeDocument Compose(StaffRecord r, IReadOnlySet<HrGroup> groups, IHrCodeLookup codes, string agency, DateOnly today)
    {
        var salary = groups.Contains(HrGroup.Salary);
        var blocks = new List<ResumeBlock>();
        var posting = r.Postings.Where(p => p.EffectiveFrom <= today).MaxBy(p => p.EffectiveFrom);
        var pay = r.Salary.Where(s => s.EffectiveFrom <= today).MaxBy(s => s.EffectiveFrom);
        var quals = r.Qualifications.Where(q => q.EffectiveFrom <= today).ToList();

        blocks.Add(new ResumeField("1) Họ và tên khai sinh (viết chữ in hoa)", r.FullName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))));
        blocks.Add(new ResumeField("2) Tên gọi khác", r.OtherNames ?? ""));
        blocks.Add(new ResumeField("3) Sinh ngày", Birth(r) + "     Giới tính (nam, nữ): " + (r.Sex == StaffSex.Female ? "Nữ" : "Nam")));
        blocks.Add(new ResumeField("4) Nơi sinh", r.BirthPlace ?? ""));
        blocks.Add(new ResumeField("5) Quê quán", r.Hometown ?? ""));
        blocks.Add(new ResumeField("6) Dân tộc", (codes.EthnicityName(r.EthnicityCode) ?? r.EthnicityCode ?? "") + "     7) Tôn giáo: " + (codes.ReligionName(r.ReligionCode) ?? r.ReligionCode ?? "")));
        blocks.Add(new ResumeField("8) Nơi đăng ký hộ khẩu thường trú", r.PermanentAddress ?? ""));
        blocks.Add(new ResumeField("9) Nơi ở hiện nay", r.CurrentAddress ?? ""));
        blocks.Add(new ResumeField("10) Nghề nghiệp khi được tuyển dụng", r.OccupationBeforeRecruitment ?? ""));
        blocks.Add(new ResumeField("11) Ngày tuyển dụng", Day(r.RecruitedOn) + "     Cơ quan tuyển dụng: " + (r.RecruitingAgency ?? "")));
        blocks.Add(new ResumeField("12) Chức vụ (chức danh) hiện tại", posting is null ? "" : Join(posting.Post, posting.UnitName)));
        blocks.Add(new ResumeField("13) Công việc chính được giao", posting?.JobPosition ?? ""));
        if (salary)
        {
            var rank = pay is null ? null : codes.FindRank(pay.RankCode);
            var allowances = r.Allowances.Where(a => a.EffectiveFrom <= today && (a.EndsOn is null || a.EndsOn >= today)).ToList();
            blocks.Add(new ResumeField("14) Ngạch công chức (viên chức)", pay is null ? "" :
                $"{rank?.Name ?? pay.RankCode}     Mã ngạch: {pay.RankCode}     Bậc lương: {pay.Step}     Hệ số: {Number(pay.Coefficient)}     Ngày hưởng: {Day(pay.StepSince)}"
                + (pay.ExceedingPercent > 0 ? $"     Vượt khung: {pay.ExceedingPercent}%" : "")));
            blocks.Add(new ResumeField("     Phụ cấp chức vụ", string.Join("; ", allowances.Where(a => a.Kind == "chuc-vu").Select(Allowance)) + "     Phụ cấp khác: " + string.Join("; ", allowances.Where(a => a.Kind != "chuc-vu").Select(Allowance))));
        }
        else
        {
            blocks.Add(new ResumeField("14) Ngạch công chức (viên chức)", ""));
            blocks.Add(new ResumeNote(Withheld));
        }

        blocks.Add(new ResumeField("15.1- Trình độ giáo dục phổ thông", Level(quals, QualificationKind.GeneralEducation, codes)));
        blocks.Add(new ResumeField("15.2- Trình độ chuyên môn cao nhất", Level(quals, QualificationKind.Professional, codes)));
        blocks.Add(new ResumeField("15.3- Lý luận chính trị", Level(quals, QualificationKind.PoliticalTheory, codes) + "     15.4- Quản lý nhà nước: " + Level(quals, QualificationKind.StateManagement, codes)));
        blocks.Add(new ResumeField("15.5- Ngoại ngữ", Level(quals, QualificationKind.ForeignLanguage, codes) + "     15.6- Tin học: " + Level(quals, QualificationKind.InformationTechnology, codes)));
        if (groups.Contains(HrGroup.Political))
        {
            var party = r.Political.FirstOrDefault(p => p.Organisation.Contains("Đảng", StringComparison.Ordinal));
            blocks.Add(new ResumeField("16) Ngày vào Đảng Cộng sản Việt Nam", Day(party?.JoinedOn) + "     Ngày chính thức: " + Day(party?.OfficialOn)));
            blocks.Add(new ResumeField("17) Ngày tham gia tổ chức chính trị - xã hội", string.Join("; ", r.Political.Where(p => p != party).Select(p => Join(p.Organisation, Day(p.JoinedOn), p.Role)))));
        }
        else
        {
            blocks.Add(new ResumeField("16) Ngày vào Đảng Cộng sản Việt Nam", ""));
            blocks.Add(new ResumeNote(Withheld));
        }

        blocks.Add(new ResumeField("18) Quá trình tham gia lực lượng vũ trang", r.MilitaryService ?? ""));
        blocks.Add(new ResumeField("19) Danh hiệu được phong tặng cao nhất", r.Titles ?? ""));
        blocks.Add(new ResumeField("20) Sở trường công tác", r.Strengths ?? ""));
        blocks.Add(new ResumeField("21) Khen thưởng", string.Join("; ", r.Awards.OrderBy(a => a.EffectiveFrom).Select(a => Join(a.Form, a.Level, Year(a.EffectiveFrom))))));
        blocks.Add(new ResumeField("22) Kỷ luật", string.Join("; ", r.Disciplines.OrderBy(d => d.EffectiveFrom).Select(d => Join(d.Form, d.Reason, Year(d.EffectiveFrom))))));
        if (groups.Contains(HrGroup.Health))
        {
            var health = r.Health.MaxBy(h => h.CheckedOn);
            blocks.Add(new ResumeField("23) Tình trạng sức khoẻ", (health?.Status ?? "") + "     Chiều cao: " + (health?.HeightCm is { } h ? $"{h} cm" : "") + "     Cân nặng: " + (health?.WeightKg is { } w ? $"{Number(w)} kg" : "") + "     Nhóm máu: " + (health?.BloodType ?? "")));
            blocks.Add(new ResumeField("24) Là thương binh hạng / con gia đình chính sách", health?.PolicyStatus ?? ""));
        }
        else
        {
            blocks.Add(new ResumeField("23) Tình trạng sức khoẻ", ""));
            blocks.Add(new ResumeNote(Withheld));
        }

        blocks.Add(new ResumeField("25) Số căn cước công dân (định danh cá nhân)", r.PersonalId + "     Ngày cấp: " + Day(r.PersonalIdIssuedOn)));
        blocks.Add(new ResumeField("26) Số sổ BHXH", r.SocialInsuranceNumber ?? ""));

        blocks.Add(new ResumeHeading("27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC"));
        blocks.Add(new ResumeTable(
            ["Tên trường", "Chuyên ngành đào tạo, bồi dưỡng", "Từ tháng, năm – đến tháng, năm", "Hình thức đào tạo", "Văn bằng, chứng chỉ, trình độ"],
            [3, 3, 2.2, 1.6, 2.4],
            [.. r.Qualifications.OrderBy(q => q.StudiedFrom ?? q.EffectiveFrom).Select(q => (IReadOnlyList<string>)[q.Institution ?? "", q.Field ?? KindName(q.Kind), Period(q.StudiedFrom, q.StudiedTo), q.Mode ?? "", codes.LevelName(q.Kind, q.Level) ?? q.Level])]));

        blocks.Add(new ResumeHeading("28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC"));
        blocks.Add(new ResumeTable(["Từ tháng, năm đến tháng, năm", "Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể)"], [1, 3], WorkHistory(r)));

        blocks.Add(new ResumeHeading("29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN"));
        blocks.Add(new ResumeNote("Khai rõ: bị bắt, bị tù, làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, chức vụ, thời gian làm việc…); tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài."));

        blocks.Add(new ResumeHeading("30) QUAN HỆ GIA ĐÌNH"));
        if (groups.Contains(HrGroup.Family))
        {
            blocks.Add(new ResumeField("a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột", ""));
            blocks.Add(Family(r.Family.Where(f => !f.SpouseSide)));
            blocks.Add(new ResumeField("b) Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột", ""));
            blocks.Add(Family(r.Family.Where(f => f.SpouseSide)));
        }
        else
        {
            blocks.Add(new ResumeNote(Withheld));
        }

        blocks.Add(new ResumeHeading("31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC"));
        if (salary)
        {
            var rows = r.Salary.OrderBy(s => s.EffectiveFrom).ToList();
            blocks.Add(new ResumeTable(
                ["Tháng/năm", "Mã ngạch/bậc", "Hệ số lương"],
                [1, 1.4, 1],
                [.. rows.Select(s => (IReadOnlyList<string>)[s.EffectiveFrom.ToString("MM/yyyy", CultureInfo.InvariantCulture), $"{s.RankCode}/{s.Step}" + (s.ExceedingPercent > 0 ? $" (VK {s.ExceedingPercent}%)" : ""), Number(s.Coefficient)])]));
        }
        else
        {
            blocks.Add(new ResumeNote(Withheld));
        }

        blocks.Add(new ResumeHeading("32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC"));
        blocks.Add(new ResumeTable(["Năm", "Xếp loại"], [1, 3], [.. r.Ratings.OrderBy(x => x.Year).Select(x => (IReadOnlyList<string>)[x.Year.ToString(CultureInfo.InvariantCulture), RatingName(x.Rating)])]));

        return new ResumeDocument(
            [$"Cơ quan, đơn vị có thẩm quyền quản lý CBCC: {agency}", $"Cơ quan, đơn vị sử dụng CBCC: {posting?.UnitName ?? agency}", $"Số hiệu cán bộ, công chức: {r.StaffNumber ?? ""}"],
            "Mẫu 2C-BNV/2008",
            "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC",
            blocks,
            r.FullName,
            $"Lập ngày {Day(today)} từ hồ sơ điện tử");
    }

    private static List<IReadOnlyList<string>> WorkHistory(StaffRecord r)
    {
        var rows = new List<(DateOnly From, IReadOnlyList<string> Cells)>();
        rows.AddRange(r.History.Select(h => (h.From, (IReadOnlyList<string>)[Period(h.From, h.To), h.Description])));
        var postings = r.Postings.OrderBy(p => p.EffectiveFrom).ToList();
        for (var i = 0; i < postings.Count; i++)
        {
            var p = postings[i];
            DateOnly? to = i + 1 < postings.Count ? postings[i + 1].EffectiveFrom : null;
            rows.Add((p.EffectiveFrom, [Period(p.EffectiveFrom, to), Join(p.Post, p.JobPosition, p.UnitName, p.Agency)]));
        }

        return [.. rows.OrderBy(x => x.From).Select(x => x.Cells)];
    }

    private static ResumeTable Family(IEnumerable<FamilyMember> people) => new(
        ["Mối quan hệ", "Họ và tên", "Năm sinh", "Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở…"],
        [1.2, 2, 0.9, 4.5],
        [.. people.Select(f => (IReadOnlyList<string>)[f.Relation, f.FullName, f.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? "", f.Details ?? ""])]);

    private static string Level(List<QualificationEntry> quals, QualificationKind kind, IHrCodeLookup codes) =>
        quals.Where(q => q.Kind == kind).MaxBy(q => q.EffectiveFrom) is { } q ? Join(codes.LevelName(kind, q.Level) ?? q.Level, q.Field) : "";

    private static string Allowance(AllowanceEntry a) => a.Coefficient is { } c ? Number(c) : a.Percent is { } p ? $"{Number(p)}%" : "";

    private static string Birth(StaffRecord r) => r.BirthDatePrecision == DatePrecision.YearOnly
        ? $"năm {r.BirthDate.Year}"
        : $"{r.BirthDate.Day:00} tháng {r.BirthDate.Month:00} năm {r.BirthDate.Year}";

    private static string Day(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);

    private static string Period(DateOnly? from, DateOnly? to) =>
        $"{from?.ToString("MM/yyyy", CultureInfo.InvariantCulture) ?? "…"} – {to?.ToString("MM/yyyy", CultureInfo.InvariantCulture) ?? "nay"}";

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.GetCultureInfo("vi-VN"));

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string KindName(QualificationKind kind) => kind switch
    {
        QualificationKind.GeneralEducation => "Giáo dục phổ thông",
        QualificationKind.Professional => "Chuyên môn",
        QualificationKind.PoliticalTheory => "Lý luận chính trị",
        QualificationKind.StateManagement => "Quản lý nhà nước",
        QualificationKind.InformationTechnology => "Tin học",
        QualificationKind.ForeignLanguage => "Ngoại ngữ",
        QualificationKind.DefenceSecurity => "Quốc phòng – an ninh",
        _ => "Bồi dưỡng",
    };

    private static string RatingName(Rating rating) => rating switch
    {
        Rating.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Rating.Good => "Hoàn thành tốt nhiệm vụ",
        Rating.Completed => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };
}
