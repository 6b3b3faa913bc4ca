using Intranet.Core.Modules;

[assembly: Module("Intranet.Users", "Tài khoản và phân quyền")]
[assembly: Feature("Intranet.Users", "Tài khoản và phân quyền",
    Description = "Một tài khoản cho mỗi cán bộ trên toàn tỉnh: đăng nhập một lần, xác thực hai lớp, vai trò theo từng đơn vị.",
    Scope = FeatureScope.Any, AlwaysEnabled = true, Category = "Nền tảng")]
