using Intranet.Core.Modules;

[assembly: Module("Intranet.Directory", "Danh bạ cán bộ")]
[assembly: Feature(Intranet.StaffDirectory.DirectoryFeatures.Department, "Danh bạ đơn vị",
    Description = "Phòng ban, chức vụ và hồ sơ liên hệ của cán bộ trong đơn vị; nhập từ CSV/XLSX.",
    Scope = FeatureScope.Tenant, Dependencies = ["Intranet.Search"], Category = "Danh bạ")]
[assembly: Feature(Intranet.StaffDirectory.DirectoryFeatures.Province, "Danh bạ toàn tỉnh",
    Description = "Tìm cán bộ trong toàn tỉnh: ô tìm kiếm ở đầu trang, sơ đồ tổ chức, vCard, xuất CSV.",
    Scope = FeatureScope.Host, Dependencies = ["Intranet.Search"], Category = "Danh bạ")]
