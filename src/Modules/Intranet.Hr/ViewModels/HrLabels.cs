using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.ViewModels;

/// <summary>Vietnamese names of the record's choices, for the pages (English in Localization/en.json).</summary>
public static class HrLabels
{
    public static string Status(StaffStatus s) => s switch
    {
        StaffStatus.Active => "Đang công tác",
        StaffStatus.Probation => "Tập sự",
        StaffStatus.Retired => "Đã nghỉ hưu",
        StaffStatus.Left => "Đã thôi việc",
        StaffStatus.TransferredOut => "Đã chuyển đơn vị",
        _ => s.ToString(),
    };

    public static string Sex(StaffSex s) => s == StaffSex.Female ? "Nữ" : "Nam";

    public static string Category(StaffCategory c) => c switch
    {
        StaffCategory.CivilServant => "Công chức",
        StaffCategory.Official => "Cán bộ",
        StaffCategory.PublicEmployee => "Viên chức",
        StaffCategory.Contract => "Hợp đồng lao động",
        _ => c.ToString(),
    };

    public static string Movement(MovementKind m) => m switch
    {
        MovementKind.Recruitment => "Tuyển dụng",
        MovementKind.Appointment => "Bổ nhiệm",
        MovementKind.Transfer => "Điều động",
        MovementKind.Rotation => "Luân chuyển",
        MovementKind.Secondment => "Biệt phái",
        MovementKind.Election => "Bầu cử",
        MovementKind.Reassignment => "Phân công lại",
        MovementKind.Dismissal => "Miễn nhiệm",
        MovementKind.Resignation => "Thôi việc",
        MovementKind.Retirement => "Nghỉ hưu",
        _ => m.ToString(),
    };

    public static string Rating(Rating r) => r switch
    {
        Models.Rating.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Models.Rating.Good => "Hoàn thành tốt nhiệm vụ",
        Models.Rating.Completed => "Hoàn thành nhiệm vụ",
        Models.Rating.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => r.ToString(),
    };

    public static string Qualification(QualificationKind k) => k switch
    {
        QualificationKind.GeneralEducation => "Giáo dục phổ thông",
        QualificationKind.Professional => "Chuyên môn",
        QualificationKind.PoliticalTheory => "Lý luận chính trị",
        QualificationKind.StateManagement => "Quản lý nhà nước",
        QualificationKind.InformationTechnology => "Tin học",
        QualificationKind.ForeignLanguage => "Ngoại ngữ",
        QualificationKind.DefenceSecurity => "Quốc phòng – an ninh",
        QualificationKind.Other => "Bồi dưỡng khác",
        _ => k.ToString(),
    };

    public static string SalaryChange(SalaryChangeKind k) => k switch
    {
        SalaryChangeKind.Assignment => "Xếp lương",
        SalaryChangeKind.RegularStep => "Nâng bậc thường xuyên",
        SalaryChangeKind.EarlyStep => "Nâng bậc trước thời hạn",
        SalaryChangeKind.RankChange => "Chuyển ngạch, thăng hạng",
        SalaryChangeKind.ExceedingAllowance => "Phụ cấp thâm niên vượt khung",
        SalaryChangeKind.Demotion => "Hạ bậc lương",
        _ => k.ToString(),
    };

    public static string Group(HrGroup g) => g switch
    {
        HrGroup.Basic => "Thông tin cơ bản, quá trình công tác",
        HrGroup.Salary => "Lương, phụ cấp",
        HrGroup.Family => "Quan hệ gia đình",
        HrGroup.Assets => "Tài sản, thu nhập",
        HrGroup.Health => "Sức khỏe",
        HrGroup.Political => "Đảng, đoàn thể",
        _ => g.ToString(),
    };
}
