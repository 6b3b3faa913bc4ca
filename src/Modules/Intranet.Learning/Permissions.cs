using Intranet.Core.Security;

namespace Intranet.Learning;

/// <summary>
/// Permissions are checked in the course's own tenant: the host for province courses, the department for its
/// courses (a trainer of one department cannot touch another's).
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewCourses = new("ViewCourses", "Xem danh mục khóa học, tự ghi danh và học");

    public static readonly Permission ManageCourses = new("ManageCourses", "Tạo, sửa khóa học và nội dung (bài học, SCORM, câu hỏi)");

    public static readonly Permission EnrolLearners = new("EnrolLearners", "Ghi danh học viên: từng người, theo đơn vị, theo quy tắc trên hồ sơ cán bộ");

    public static readonly Permission ViewLearnerResults = new("ViewLearnerResults", "Xem tiến độ và kết quả của học viên, xuất XLSX");

    public static readonly Permission ViewLearningReports = new("ViewLearningReports", "Xem báo cáo tỷ lệ cán bộ đã được đào tạo của đơn vị");

    public static readonly Permission ManageCertificates = new("ManageCertificates", "Cấp, thu hồi chứng chỉ; ghi nhận chứng chỉ do nơi khác cấp");

    public IEnumerable<Permission> GetPermissions() =>
        [ViewCourses, ManageCourses, EnrolLearners, ViewLearnerResults, ViewLearningReports, ManageCertificates];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(StandardRoles.Administrator, [ViewCourses, ManageCourses, EnrolLearners, ViewLearnerResults, ViewLearningReports, ManageCertificates]),
        new PermissionStereotype(StandardRoles.Trainer, [ViewCourses, ManageCourses, EnrolLearners, ViewLearnerResults, ViewLearningReports, ManageCertificates]),
        new PermissionStereotype(StandardRoles.HrOfficer, [ViewCourses, EnrolLearners, ViewLearningReports, ManageCertificates]),
        new PermissionStereotype(StandardRoles.Editor, [ViewCourses]),
        new PermissionStereotype(StandardRoles.Member, [ViewCourses]),
    ];
}
