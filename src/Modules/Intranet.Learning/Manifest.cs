using Intranet.Core.Modules;

[assembly: Module("Intranet.Learning", "Đào tạo trực tuyến")]
[assembly: Feature(Intranet.Learning.LearningFeatures.Province, "Danh mục đào tạo CNTT của tỉnh",
    Description = "Khóa học theo chuẩn kỹ năng CNTT (TT 03/2014, IU01–IU15): bài học, SCORM, bài kiểm tra, chứng chỉ có mã QR.",
    Scope = FeatureScope.Host, Category = "Đào tạo")]
[assembly: Feature(Intranet.Learning.LearningFeatures.Department, "Đào tạo của đơn vị",
    Description = "Khóa học riêng của đơn vị, ghi danh theo đơn vị và theo hồ sơ cán bộ, báo cáo tỷ lệ cán bộ đã đào tạo.",
    Scope = FeatureScope.Tenant, Category = "Đào tạo")]
