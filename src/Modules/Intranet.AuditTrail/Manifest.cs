using Intranet.Core.Modules;

[assembly: Module("Intranet.AuditTrail", "Nhật ký kiểm toán")]
[assembly: Feature("Intranet.AuditTrail", "Nhật ký kiểm toán",
    Description = "Ghi lại mọi thay đổi quan trọng theo chuỗi băm SHA-256, không thể sửa mà không bị phát hiện.",
    Scope = FeatureScope.Any, AlwaysEnabled = true, Category = "Nền tảng")]
