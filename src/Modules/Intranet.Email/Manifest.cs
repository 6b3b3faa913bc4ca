using Intranet.Core.Modules;

[assembly: Module("Intranet.Email", "Gửi thư thông báo")]
[assembly: Feature("Intranet.Email", "Gửi thư thông báo",
    Description = "Gửi thư thông báo qua SMTP, hoặc ghi tệp .eml vào thư mục của đơn vị khi chưa cấu hình SMTP.",
    Scope = FeatureScope.Any, AlwaysEnabled = true, Category = "Hạ tầng")]
