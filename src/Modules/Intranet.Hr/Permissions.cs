using Intranet.Core.Security;

namespace Intranet.Hr;

/// <summary>
/// One permission per field group (the decree's privacy is per group, not per record), plus the actions. Department
/// permissions act in the current department only; the province ones at the host.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewHrBasic = new("ViewHrBasic", "Xem hồ sơ cán bộ của đơn vị (thông tin cơ bản, quá trình công tác, đào tạo)");

    public static readonly Permission ViewHrSalary = new("ViewHrSalary", "Xem lương, phụ cấp, nâng bậc lương của cán bộ trong đơn vị");

    public static readonly Permission ViewHrFamily = new("ViewHrFamily", "Xem quan hệ gia đình (dữ liệu nhạy cảm, được ghi nhật ký)");

    public static readonly Permission ViewHrAssets = new("ViewHrAssets", "Xem tài sản, thu nhập (dữ liệu nhạy cảm, được ghi nhật ký)");

    public static readonly Permission ViewHrHealth = new("ViewHrHealth", "Xem thông tin sức khỏe (dữ liệu nhạy cảm, được ghi nhật ký)");

    public static readonly Permission ViewHrPolitical = new("ViewHrPolitical", "Xem thông tin Đảng, đoàn thể chính trị (dữ liệu nhạy cảm, được ghi nhật ký)");

    public static readonly Permission EditHrRecords = new("EditHrRecords", "Tạo, sửa hồ sơ và ghi quyết định (nâng bậc, bổ nhiệm, khen thưởng, kỷ luật…)");

    public static readonly Permission ApproveHrCorrections = new("ApproveHrCorrections", "Duyệt hoặc từ chối đề nghị điều chỉnh hồ sơ của cán bộ");

    public static readonly Permission ImportHrRecords = new("ImportHrRecords", "Nhập hồ sơ từ tệp CSV/XLSX");

    public static readonly Permission ExportHrRecords = new("ExportHrRecords", "Xuất hồ sơ, danh sách và sơ yếu lý lịch (được ghi nhật ký)");

    public static readonly Permission ViewOwnHrRecord = new("ViewOwnHrRecord", "Xem hồ sơ của chính mình và đề nghị điều chỉnh");

    public static readonly Permission UseHrCalculator = new("UseHrCalculator", "Dùng công cụ tính ngày nâng bậc, ngày nghỉ hưu");

    public static readonly Permission TransferHrRecords = new("TransferHrRecords", "Điều động, luân chuyển cán bộ giữa các đơn vị (cấp tỉnh)");

    public static readonly Permission ViewHrRollups = new("ViewHrRollups", "Xem số liệu tổng hợp nhân sự các đơn vị (chỉ số lượng)");

    public static readonly Permission ViewProvinceHrRecords = new("ViewProvinceHrRecords", "Xem hồ sơ cán bộ của mọi đơn vị (cấp tỉnh, khi được giao)");

    public static readonly Permission ManageHrCodeLists = new("ManageHrCodeLists", "Quản lý danh mục dùng chung: ngạch, hệ số lương, dân tộc, tôn giáo, lương cơ sở");

    private static readonly Permission[] Department =
    [
        ViewHrBasic, ViewHrSalary, ViewHrFamily, ViewHrAssets, ViewHrHealth, ViewHrPolitical, EditHrRecords,
        ApproveHrCorrections, ImportHrRecords, ExportHrRecords, ViewOwnHrRecord, UseHrCalculator,
    ];

    public IEnumerable<Permission> GetPermissions() =>
        [.. Department, TransferHrRecords, ViewHrRollups, ViewProvinceHrRecords, ManageHrCodeLists];

    // The department administrator runs the site, not the personnel files: basic view only, no sensitive groups.
    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new PermissionStereotype(StandardRoles.HrOfficer, [.. Department, TransferHrRecords, ViewHrRollups]),
        new PermissionStereotype(StandardRoles.Administrator, [ViewHrBasic, ViewOwnHrRecord, UseHrCalculator, ViewHrRollups, ManageHrCodeLists]),
        new PermissionStereotype(StandardRoles.Trainer, [ViewOwnHrRecord]),
        new PermissionStereotype(StandardRoles.Editor, [ViewOwnHrRecord]),
        new PermissionStereotype(StandardRoles.Member, [ViewOwnHrRecord]),
    ];
}
