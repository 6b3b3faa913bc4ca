using Intranet.Core.Modules;

[assembly: Module("Intranet.Mail", "Thư công vụ")]
[assembly: Feature("Intranet.Mail", "Quản trị thư công vụ",
    Description = "Tên miền, hộp thư, bí danh, nhóm thư theo đơn vị; Postfix và Dovecot đọc trực tiếp cơ sở dữ liệu thư.",
    Scope = FeatureScope.Host, Category = "Thư công vụ")]
[assembly: Feature("Intranet.Mail.Webmail", "Webmail",
    Description = "Đọc và gửi thư công vụ ngay trong cổng thông tin nội bộ.",
    Scope = FeatureScope.Any, Category = "Thư công vụ")]
[assembly: Feature("Intranet.Mail.Autoconfig", "Tự cấu hình máy trạm thư",
    Description = "Thunderbird autoconfig, Outlook autodiscover và trang hướng dẫn cài đặt thư cho mọi tên miền thư.",
    Scope = FeatureScope.Any, AlwaysEnabled = true, Category = "Thư công vụ")]
