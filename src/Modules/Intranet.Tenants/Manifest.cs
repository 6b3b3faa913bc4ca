using Intranet.Core.Modules;

[assembly: Module("Intranet.Tenants", "Đơn vị")]
[assembly: Feature("Intranet.Tenants", "Quản lý đơn vị",
    Description = "Sổ đăng ký các đơn vị (tenant) của tỉnh: tạo và khởi tạo từ công thức, bật/tắt tính năng, xuất, tạm dừng và xóa.",
    Scope = FeatureScope.Host, AlwaysEnabled = true, Category = "Nền tảng")]
