using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Core.Web;

/// <summary>Problem+json answers for the JSON API, with Vietnamese titles as the UI uses.</summary>
public static class ApiProblems
{
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static string TitleFor(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Chưa đăng nhập",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        409 => "Xung đột dữ liệu",
        413 => "Dữ liệu quá lớn",
        415 => "Kiểu dữ liệu không được hỗ trợ",
        422 => "Dữ liệu không hợp lệ",
        429 => "Quá nhiều yêu cầu",
        503 => "Dịch vụ tạm thời không sẵn sàng",
        _ => "Lỗi máy chủ",
    };

    public static ProblemDetails Create(int status, string? detail = null) => new()
    {
        Status = status,
        Title = TitleFor(status),
        Detail = detail,
        Type = $"https://httpstatuses.io/{status}",
    };

    /// <summary>A 400 listing field errors, for minimal API endpoints.</summary>
    public static IResult Validation(IDictionary<string, string[]> errors, string? detail = null) =>
        Results.ValidationProblem(errors, detail, title: TitleFor(400));

    public static IResult Problem(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: TitleFor(status));
}
