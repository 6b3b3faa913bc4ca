using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Core.Web.OpenApi;

/// <summary>The OpenAPI document of the whole JSON API (every module's <c>/api/…</c> routes) and its viewer.</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddIntranetOpenApi(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(o => o.Conventions.Add(new ApiExplorerConvention()));
        services.AddOpenApi(ApiRoutes.DocumentName, o =>
        {
            // Minimal API endpoints are described whatever their route; only /api/… belongs in the document.
            o.ShouldInclude = d => ApiRoutes.IsApi(d.RelativePath) && (d.GroupName is null || d.GroupName == ApiRoutes.DocumentName);
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
        });
        services.AddSingleton<ApiDocumentEndpoint>();
        return services;
    }

    /// <summary>
    /// Public: the document describes routes and shapes, never data, and every tenant serves the same one with its
    /// own server address (the prefix is in PathBase).
    /// </summary>
    public static void MapIntranetOpenApi(this IEndpointRouteBuilder endpoints)
    {
        var document = endpoints.ServiceProvider.GetRequiredService<ApiDocumentEndpoint>();
        endpoints.MapGet(ApiRoutes.DocumentPattern, (HttpContext context, string documentName) => document.WriteAsync(context, documentName))
            .AllowAnonymous().ExcludeFromDescription();
        ApiViewer.Map(endpoints);
    }
}
