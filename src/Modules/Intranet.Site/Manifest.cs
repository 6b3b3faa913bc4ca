using Intranet.Core.Modules;

[assembly: Module("Intranet.Site", "Trang đơn vị")]
[assembly: Feature("Intranet.Site", "Trang đơn vị",
    Description = "Trang chủ, tin tức, trang giới thiệu và liên kết nhanh của đơn vị; cổng các đơn vị ở cấp tỉnh.",
    Scope = FeatureScope.Any, Category = "Nội dung")]
