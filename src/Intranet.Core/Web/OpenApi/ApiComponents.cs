using Microsoft.OpenApi;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// The shared parts of the document: the problem+json schemas every error answer uses and the two ways to
/// authenticate. Added once, on first use, so an operation's references resolve whatever runs first.
/// </summary>
internal static class ApiComponents
{
    public const string Problem = "ProblemDetails";
    public const string ValidationProblem = "HttpValidationProblemDetails";
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";
    public const string ProblemContentType = "application/problem+json";

    /// <summary>The session cookie over plain HTTP; over HTTPS the browser gets <c>__Host-intranet</c> (Users module).</summary>
    public const string CookieName = "intranet-auth";

    public static void Ensure(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        if (document.Components.Schemas?.ContainsKey(Problem) != true)
        {
            document.AddComponent<IOpenApiSchema>(Problem, ProblemSchema(withErrors: false));
        }

        if (document.Components.Schemas?.ContainsKey(ValidationProblem) != true)
        {
            document.AddComponent<IOpenApiSchema>(ValidationProblem, ProblemSchema(withErrors: true));
        }

        if (document.Components.SecuritySchemes?.ContainsKey(Bearer) != true)
        {
            document.AddComponent<IOpenApiSecurityScheme>(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description =
                    "Mã truy cập: POST /api/auth/token với {\"email\", \"password\", \"totpCode\"?} rồi gửi tiêu đề " +
                    "`Authorization: Bearer <accessToken>`. Dùng cho script; không cần mã chống giả mạo.\n\n" +
                    "Access token: POST /api/auth/token with {\"email\", \"password\", \"totpCode\"?}, then send " +
                    "`Authorization: Bearer <accessToken>`. For scripts; no antiforgery token needed.",
            });
        }

        if (document.Components.SecuritySchemes?.ContainsKey(Cookie) != true)
        {
            document.AddComponent<IOpenApiSecurityScheme>(Cookie, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = CookieName,
                Description =
                    "Cookie phiên đăng nhập của trình duyệt (`intranet-auth`, qua HTTPS là `__Host-intranet`). Yêu cầu " +
                    "POST/PUT/PATCH/DELETE bằng cookie phải kèm tiêu đề `RequestVerificationToken` (mã chống giả mạo của trang).\n\n" +
                    "The browser's session cookie (`intranet-auth`; `__Host-intranet` over HTTPS). A POST/PUT/PATCH/DELETE " +
                    "authenticated by the cookie must carry the page's antiforgery token in the `RequestVerificationToken` header.",
            });
        }
    }

    private static OpenApiSchema ProblemSchema(bool withErrors)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Tiêu đề tiếng Việt theo mã trạng thái / Vietnamese title for the status" },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = "Lý do, tiếng Việt / The reason, in Vietnamese" },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
        };
        if (withErrors)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Lỗi theo từng trường / Errors by field",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details (application/problem+json).",
            Properties = properties,
        };
    }
}
