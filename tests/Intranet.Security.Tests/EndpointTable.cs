using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Security.Tests;

/// <summary>Every routable endpoint the running application has (controllers and minimal APIs alike), one row per HTTP method.</summary>
public static class EndpointTable
{
    public static IReadOnlyList<AppEndpoint> Read(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        return [.. source.Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new AppEndpoint(e, m)))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)];
    }
}
