using Intranet.Core.Modules;

[assembly: Module("Intranet.Search", "Tìm kiếm")]
[assembly: Feature("Intranet.Search", "Tìm kiếm",
    Description = "Chỉ mục Lucene.Net cho mọi phân hệ: phân tích tiếng Việt, gợi ý khi gõ, dựng lại chỉ mục.",
    Scope = FeatureScope.Any, AlwaysEnabled = true, Category = "Nền tảng")]
