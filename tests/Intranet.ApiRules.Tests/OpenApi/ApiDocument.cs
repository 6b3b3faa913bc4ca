using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>Reads the served OpenAPI document and the application's own API endpoints, in comparable form.</summary>
internal static class ApiDocument
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public static async Task<(JsonElement Root, string Text)> GetAsync(HttpClient client, string url = "/openapi/v1.json")
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    /// <summary>"GET /api/users/{id}" for every operation of the document.</summary>
    public static HashSet<string> Operations(JsonElement root) =>
        [.. root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => Methods.Contains(op.Name))
                .Select(op => op.Name.ToUpperInvariant() + " " + path.Name))];

    public static JsonElement Operation(JsonElement root, string method, string path) =>
        root.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant());

    /// <summary>"GET /api/users/{id}" for every routable endpoint of the app under /api (controllers and minimal APIs).</summary>
    public static HashSet<string> AppApiEndpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .Select(e => (Endpoint: e, Route: Route(e.RoutePattern)))
            .Where(e => e.Route.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => m + " " + e.Route))];

    /// <summary>The route as OpenAPI writes it: constraints and defaults dropped ("{id:int}" → "{id}").</summary>
    private static string Route(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
