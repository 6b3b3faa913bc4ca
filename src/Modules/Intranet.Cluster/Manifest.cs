using Intranet.Core.Modules;

[assembly: Module("Intranet.Cluster", "Nhiều máy chủ")]
[assembly: Feature("Intranet.Cluster", "Trạng thái dùng chung giữa các máy chủ",
    Description = "Khóa bảo vệ dữ liệu, tín hiệu làm mới bộ đệm và lịch chạy công việc định kỳ lưu trong cơ sở dữ liệu của tỉnh, để nhiều máy chủ web chạy như một; điểm kiểm tra sức khỏe /health/live và /health/ready.",
    Scope = FeatureScope.Host, AlwaysEnabled = true, Category = "Nền tảng")]
