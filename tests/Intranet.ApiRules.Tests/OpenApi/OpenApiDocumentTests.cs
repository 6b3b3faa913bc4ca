using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Web;
using Intranet.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>
/// GET /openapi/v1.json describes the whole JSON API: every /api route of every module and nothing else, the
/// problem+json answers Core's rules make possible, how to authenticate, and the tenant's public address.
/// </summary>
public sealed class OpenApiDocumentTests : IClassFixture<ApiRulesFactory>
{
    private readonly ApiRulesFactory _factory;

    public OpenApiDocumentTests(ApiRulesFactory factory) => _factory = factory;

    [Fact]
    public async Task Document_IsPublic_AndValidOpenApi3_WithTitleAndVersion()
    {
        using var anonymous = _factory.CreateClient();
        var (root, text) = await ApiDocument.GetAsync(anonymous);

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Intranet API", root.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("v1", root.GetProperty("info").GetProperty("version").GetString());
        Assert.Contains("tiếng Việt", root.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        var read = OpenApiDocument.Parse(text, "json");
        Assert.True(read.Diagnostic?.Errors.Count is null or 0, "the document does not read as OpenAPI: " + string.Join("; ", read.Diagnostic!.Errors.Select(e => e.Message)));
        Assert.NotNull(read.Document);
        Assert.True(read.Document.Paths.Count >= 10, "too few paths");
    }

    [Theory]
    [InlineData("GET", "/api/directory/people")]
    [InlineData("POST", "/api/directory/people")]
    [InlineData("GET", "/api/directory/people/{id}")]
    [InlineData("POST", "/api/directory/import")]
    [InlineData("GET", "/api/directory/search")]
    [InlineData("GET", "/api/users")]
    [InlineData("GET", "/api/users/{id}")]
    [InlineData("PUT", "/api/users/{id}/roles")]
    [InlineData("GET", "/api/roles")]
    [InlineData("POST", "/api/auth/token")]
    [InlineData("GET", "/api/auth/me")]
    [InlineData("GET", "/api/tenants")]
    [InlineData("POST", "/api/tenants/import")]
    [InlineData("GET", "/api/mail/domains")]
    public async Task Document_ListsTheKnownApiOperations(string method, string path)
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        Assert.Contains($"{method} {path}", ApiDocument.Operations(root));
    }

    [Fact]
    public async Task Document_HasParametersAndRequestBodies()
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var list = ApiDocument.Operation(root, "GET", "/api/directory/people");
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "unit" && p.GetProperty("in").GetString() == "query");
        var get = ApiDocument.Operation(root, "GET", "/api/users/{id}");
        Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "id" && p.GetProperty("in").GetString() == "path");
        var create = ApiDocument.Operation(root, "POST", "/api/users");
        var schema = create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Contains("\"#/components/schemas/MemberRequest\"", schema.GetRawText(), StringComparison.Ordinal); // oneOf null or the record: the body is optional in C#
        Assert.True(root.GetProperty("components").GetProperty("schemas").GetProperty("MemberRequest").GetProperty("properties").TryGetProperty("email", out _));
        var import = ApiDocument.Operation(root, "POST", "/api/directory/import");
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        // A recipe import reads its body itself; [Consumes] is enough for the document to say what it takes.
        Assert.True(ApiDocument.Operation(root, "POST", "/api/tenants/import").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task Document_HasNoPageRoutes()
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
        foreach (var page in new[] { "/admin/users", "/account/login", "/directory", "/webmail", "/", "/healthz", "/openapi" })
        {
            Assert.DoesNotContain(page, paths);
        }
    }

    /// <summary>Drift guard: a module's new /api endpoint (controller or minimal API) cannot be missing from the document, nor a stale one stay.</summary>
    [Fact]
    public async Task Document_ListsEveryApiEndpointOfTheApplication_AndNothingElse()
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var documented = ApiDocument.Operations(root);
        var endpoints = ApiDocument.AppApiEndpoints(_factory.Services);
        Assert.True(endpoints.Count >= 50, $"only {endpoints.Count} API endpoints found");
        Assert.Empty(endpoints.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(endpoints).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryErrorAnswer_IsProblemJson_AndTheRulesDeclareTheirCodes()
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var schemas = root.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ProblemDetails").GetProperty("properties").TryGetProperty("detail", out _));
        Assert.True(schemas.GetProperty("HttpValidationProblemDetails").GetProperty("properties").TryGetProperty("errors", out _));
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => ApiDocument.Methods.Contains(o.Name)))
            {
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToList();
                Assert.Contains(responses, r => r.Name.StartsWith('2'));
                foreach (var error in responses.Where(r => r.Name[0] is '4' or '5'))
                {
                    var where = $"{operation.Name.ToUpperInvariant()} {path.Name} {error.Name}";
                    var problem = error.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var media) ? media : default;
                    Assert.True(problem.ValueKind == JsonValueKind.Object, where + " is not problem+json");
                    Assert.Contains("ProblemDetails", problem.GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
                }
            }
        }

        AssertCodes(root, "GET", "/api/users/{id}", "200", "400", "401", "403", "404");
        AssertCodes(root, "POST", "/api/users", "201", "400", "401", "403", "409", "415");
        AssertCodes(root, "DELETE", "/api/roles/{name}", "204", "401", "403", "404", "409");
        AssertCodes(root, "POST", "/api/directory/import", "200", "400", "401", "403", "413", "415", "422");
        AssertCodes(root, "POST", "/api/auth/token", "200", "400", "401", "403", "429");
        AssertCodes(root, "DELETE", "/api/tenants/{name}", "200", "401", "403", "404", "409");
        Assert.False(ApiDocument.Operation(root, "DELETE", "/api/tenants/{name}").GetProperty("responses").TryGetProperty("204", out _), "the tenant removal answers 200 with the archive's name");
    }

    [Fact]
    public async Task Security_BearerAndCookieSchemes_PerEndpointAsItAuthenticates()
    {
        using var anonymous = _factory.CreateClient();
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("http", schemes.GetProperty("bearer").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("apiKey", schemes.GetProperty("cookie").GetProperty("type").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        var cookieName = _factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get("Intranet.Cookie").Cookie.Name;
        Assert.Equal(cookieName, schemes.GetProperty("cookie").GetProperty("name").GetString());

        Assert.Equal(["bearer"], Schemes(root, "GET", "/api/users"));             // [Authorize(AuthenticationSchemes = Bearer)]
        Assert.Equal(["bearer", "cookie"], Schemes(root, "GET", "/api/directory/units")); // [Authorize]: the policy scheme takes either
        Assert.Empty(Schemes(root, "POST", "/api/auth/token"));                   // [AllowAnonymous]
    }

    [Fact]
    public async Task Servers_ComeFromThePublicUrl_NotTheHostHeader()
    {
        using var anonymous = _factory.CreateClient();
        anonymous.DefaultRequestHeaders.Host = "attacker.example";
        var (root, _) = await ApiDocument.GetAsync(anonymous);

        var host = _factory.Services.GetRequiredService<IHostTenantProvider>().Host;
        var expected = _factory.Services.GetRequiredService<IPublicUrls>().BaseFor(host);
        Assert.Equal([expected], root.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()));
        Assert.DoesNotContain("attacker.example", root.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADepartment_ServesTheSameApi_WithItsOwnServer()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("oa");
        await admin.CreateTenantAsync(name);
        using var anonymous = _factory.CreateClient();

        var (host, _) = await ApiDocument.GetAsync(anonymous);
        var (department, _) = await ApiDocument.GetAsync(anonymous, $"/{name}/openapi/v1.json");

        Assert.EndsWith("/" + name, department.GetProperty("servers")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(ApiDocument.Operations(host).Order(StringComparer.Ordinal), ApiDocument.Operations(department).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/openapi/v2.json")).StatusCode);
    }

    /// <summary>The document is kept per tenant version: a department's new name and prefix show at once.</summary>
    [Fact]
    public async Task ADepartmentChange_ShowsInItsDocumentAtOnce()
    {
        using var admin = await _factory.CreateAdminApiClientAsync();
        var name = ApiClientExtensions.NewTenantName("oc");
        await admin.CreateTenantAsync(name);
        using var anonymous = _factory.CreateClient();
        var (before, _) = await ApiDocument.GetAsync(anonymous, $"/{name}/openapi/v1.json");
        Assert.EndsWith("/" + name, before.GetProperty("servers")[0].GetProperty("url").GetString(), StringComparison.Ordinal);

        var moved = name + "-moi";
        (await admin.PutAsJsonAsync($"/api/tenants/{name}", new { prefix = moved, displayName = "Sở Đổi Tên" })).EnsureSuccessStatusCode();
        var (after, _) = await ApiDocument.GetAsync(anonymous, $"/{moved}/openapi/v1.json");

        Assert.EndsWith("/" + moved, after.GetProperty("servers")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("Sở Đổi Tên", after.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static void AssertCodes(JsonElement root, string method, string path, params string[] codes)
    {
        var declared = ApiDocument.Operation(root, method, path).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(codes, code => Assert.True(declared.Contains(code), $"{method} {path} does not declare {code} (has {string.Join(", ", declared.Order(StringComparer.Ordinal))})"));
    }

    private static List<string> Schemes(JsonElement root, string method, string path) =>
        ApiDocument.Operation(root, method, path).TryGetProperty("security", out var security)
            ? [.. security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Order(StringComparer.Ordinal)]
            : [];
}
