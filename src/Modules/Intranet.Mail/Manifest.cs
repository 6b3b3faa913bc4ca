using Intranet.Core.Modules;

[assembly: Module("Intranet.Mail", "Thư công vụ")]
[assembly: Feature("Intranet.Mail", "Quản trị thư công vụ",
    Description = "Tên miền, hộp thư, bí danh, nhóm thư theo đơn vị; Postfix và Dovecot đọc trực tiếp cơ sở dữ liệu thư.",
    Scope = FeatureScope.Host, Category = "Thư công vụ")]
[assembly: Feature("Intranet.Mail.Webmail", "Webmail",
    Description = "Đọc và gửi thư công vụ ngay trong cổng thông tin nội bộ.",
    Scope = FeatureScope.Any, Category = "Thư công vụ")]
