using Intranet.Core.Modules;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// Declares, for every API operation, the answers Core's rules make possible, so no module annotates them by hand:
/// the success code (declared <c>[ProducesResponseType]</c> 2xx codes win, else 200, or 204 for DELETE), and as
/// problem+json 400 (binding, antiforgery), 401/403 (an [Authorize] endpoint), 404 (a route id, or the feature is
/// off in the tenant), 409 (an authenticated write), 413/415/422 (bodies and uploads) and 429 (rate-limited).
/// Also which credentials the endpoint takes and which feature it belongs to.
/// </summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    private readonly IAuthenticationSchemeProvider _schemes;

    public ApiOperationTransformer(IAuthenticationSchemeProvider schemes) => _schemes = schemes;

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI operation has no document.");
        ApiComponents.Ensure(document);

        var method = description.HttpMethod ?? HttpMethods.Get;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var requiresAuth = !anonymous && authorize.Count > 0;
        var parameters = description.ParameterDescriptions.Where(p => p.Source != BindingSource.Services && p.Source != BindingSource.Special).ToList();
        DescribeRawBody(operation, metadata);
        var takesBody = operation.RequestBody is not null;
        var takesFile = parameters.Any(p => p.Source == BindingSource.FormFile || p.Type == typeof(IFormFile) || p.Type == typeof(IFormFileCollection));
        var feature = metadata.OfType<FeatureMetadata>().LastOrDefault();

        operation.Responses ??= [];
        SetSuccess(operation, metadata, method);
        if (parameters.Count > 0 || unsafeMethod)
        {
            AddProblem(operation, document, 400, "Yêu cầu không hợp lệ (tham số, nội dung, mã chống giả mạo khi dùng cookie) / Bad request (parameters, body, antiforgery token with a cookie)", ApiComponents.ValidationProblem);
        }

        if (requiresAuth)
        {
            AddProblem(operation, document, 401, "Chưa đăng nhập / Not signed in");
            AddProblem(operation, document, 403, "Không có quyền trong đơn vị này / Not permitted in this tenant");
        }

        if (description.RelativePath?.Contains('{', StringComparison.Ordinal) == true || feature is not null)
        {
            AddProblem(operation, document, 404, "Không tìm thấy, hoặc tính năng chưa bật ở đơn vị này / Not found, or the feature is off in this tenant");
        }

        if (unsafeMethod && requiresAuth)
        {
            AddProblem(operation, document, 409, "Xung đột với dữ liệu hiện có / Conflicts with the current data");
        }

        if (takesBody)
        {
            AddProblem(operation, document, 415, "Kiểu nội dung không được hỗ trợ / Unsupported content type");
        }

        if (takesFile)
        {
            AddProblem(operation, document, 413, "Tệp quá lớn / File too large");
            AddProblem(operation, document, 422, "Tệp có dòng lỗi, chưa ghi gì (errors: dòng và lý do) / The file has bad rows; nothing written");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, document, 429, "Quá nhiều yêu cầu, thử lại sau / Too many requests, try later");
        }

        // Codes a module declared itself ([ProducesResponseType(409)]) get the same problem+json body.
        foreach (var (code, response) in operation.Responses.Where(r => r.Key.Length == 3 && r.Key[0] is '4' or '5').ToList())
        {
            if (response is OpenApiResponse { Content: null or { Count: 0 } } concrete)
            {
                concrete.Content = ProblemContent(document, code == "400" ? ApiComponents.ValidationProblem : ApiComponents.Problem);
            }
        }

        if (requiresAuth)
        {
            operation.Security = [.. await RequirementsAsync(authorize, document)];
        }

        if (feature is not null)
        {
            operation.Description = (operation.Description is { Length: > 0 } d ? d + "\n\n" : "") +
                $"Tính năng / Feature: `{feature.FeatureId}` (404 ở đơn vị chưa bật / 404 where it is off).";
        }
    }

    /// <summary>An action that reads the body itself (a recipe import) still says what it accepts with [Consumes].</summary>
    private static void DescribeRawBody(OpenApiOperation operation, IList<object> metadata)
    {
        var accepts = metadata.OfType<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (operation.RequestBody is not null || accepts.Count == 0)
        {
            return;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = accepts.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } }, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static void SetSuccess(OpenApiOperation operation, IList<object> metadata, string method)
    {
        var declared = metadata.OfType<IApiResponseMetadataProvider>().Select(m => m.StatusCode)
            .Concat(metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode))
            .Where(c => c is >= 200 and < 300)
            .Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet(StringComparer.Ordinal);
        if (declared.Count == 0)
        {
            declared.Add(HttpMethods.IsDelete(method) ? "204" : "200");
        }

        foreach (var code in operation.Responses!.Keys.Where(k => k.StartsWith('2') && !declared.Contains(k)).ToList())
        {
            operation.Responses.Remove(code);
        }

        foreach (var code in declared.Where(c => !operation.Responses.ContainsKey(c)))
        {
            operation.Responses[code] = new OpenApiResponse { Description = SuccessText(code) };
        }
    }

    private static string SuccessText(string code) => code switch
    {
        "201" => "Đã tạo (Location trỏ tới bản ghi mới) / Created (Location names the new record)",
        "204" => "Xong, không có nội dung / Done, no content",
        _ => "Thành công / OK",
    };

    private static void AddProblem(OpenApiOperation operation, OpenApiDocument document, int status, string text, string schema = ApiComponents.Problem)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(code))
        {
            operation.Responses[code] = new OpenApiResponse { Description = text, Content = ProblemContent(document, schema) };
        }
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiDocument document, string schema) => new(StringComparer.Ordinal)
    {
        [ApiComponents.ProblemContentType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema, document) },
    };

    /// <summary>
    /// "Bearer" alone when the endpoint names only that scheme; bearer or cookie when it takes the default
    /// (a policy scheme that picks bearer when an Authorization header is present, else the cookie).
    /// </summary>
    private async Task<List<OpenApiSecurityRequirement>> RequirementsAsync(List<IAuthorizeData> authorize, OpenApiDocument document)
    {
        var named = authorize.SelectMany(a => (a.AuthenticationSchemes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        var bearer = named.Count == 0;
        var cookie = named.Count == 0;
        foreach (var name in named)
        {
            if (name == CookieAntiforgeryMiddleware.BearerAuthenticationType)
            {
                bearer = true;
            }
            else if ((await _schemes.GetSchemeAsync(name))?.HandlerType == typeof(PolicySchemeHandler))
            {
                bearer = cookie = true;
            }
            else
            {
                cookie = true;
            }
        }

        var requirements = new List<OpenApiSecurityRequirement>();
        if (bearer)
        {
            requirements.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiComponents.Bearer, document)] = [] });
        }

        if (cookie)
        {
            requirements.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiComponents.Cookie, document)] = [] });
        }

        return requirements;
    }
}
