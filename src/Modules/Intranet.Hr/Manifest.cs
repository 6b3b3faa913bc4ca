using Intranet.Core.Modules;

[assembly: Module("Intranet.Hr", "Hồ sơ cán bộ, công chức")]
[assembly: Feature(Intranet.Hr.HrFeatures.Department, "Hồ sơ cán bộ của đơn vị",
    Description = "Hồ sơ điện tử theo NĐ 27/2026: quá trình công tác, lương, nâng bậc, nghỉ hưu; đọc dữ liệu nhạy cảm được ghi nhật ký.",
    Scope = FeatureScope.Tenant, Dependencies = ["Intranet.Directory"], Category = "Nhân sự")]
[assembly: Feature(Intranet.Hr.HrFeatures.Province, "Nhân sự toàn tỉnh",
    Description = "Danh mục dùng chung (ngạch, hệ số, dân tộc, tôn giáo, lương cơ sở), số liệu tổng hợp và điều động giữa các đơn vị.",
    Scope = FeatureScope.Host, Category = "Nhân sự")]
