using Intranet.Core.Modules;

[assembly: Module("Intranet.Backup", "Sao lưu")]
[assembly: Feature("Intranet.Backup", "Sao lưu và khôi phục",
    Description = "Sao lưu toàn tỉnh (mọi cơ sở dữ liệu, thư công vụ, tệp tải lên, khóa bảo vệ dữ liệu) thành một tệp mã hóa; lịch sao lưu tự động và giữ bản theo ngày, theo tháng.",
    Scope = FeatureScope.Host, AlwaysEnabled = true, Category = "Nền tảng")]
