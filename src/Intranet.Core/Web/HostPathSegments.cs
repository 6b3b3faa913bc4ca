using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Core.Web;

/// <summary>
/// Every first path segment the host answers on, so no tenant prefix can shadow it (S12: a tenant with prefix
/// <c>news</c> hid the province's news). Derived, not listed: the first literal segment of every endpoint's route,
/// of every MVC attribute route and the names of conventionally routed controllers (the command line has no
/// endpoints), the top-level files and folders of the web root, and <see cref="TenantNames.ReservedPrefixes"/>.
/// </summary>
public sealed class HostPathSegments
{
    private readonly EndpointDataSource? _endpoints;
    private readonly IActionDescriptorCollectionProvider? _actions;
    private readonly IWebHostEnvironment? _environment;

    public HostPathSegments(IServiceProvider services)
    {
        // Each source is optional: a command-line run has MVC but no endpoints; a unit test may have neither.
        _endpoints = services.GetService(typeof(EndpointDataSource)) as EndpointDataSource;
        _actions = services.GetService(typeof(IActionDescriptorCollectionProvider)) as IActionDescriptorCollectionProvider;
        _environment = services.GetService(typeof(IWebHostEnvironment)) as IWebHostEnvironment;
    }

    /// <summary>Whether <paramref name="segment"/> (one path segment, any case) is taken by the host.</summary>
    public bool IsReserved(string segment) =>
        TenantNames.IsReservedPrefix(segment) || Current().Contains(segment);

    /// <summary>The derived segments, lower case, sorted; read anew each time (endpoints can be added at run time).</summary>
    public IReadOnlyCollection<string> Current()
    {
        var segments = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in _endpoints?.Endpoints ?? [])
        {
            if (endpoint is RouteEndpoint route)
            {
                Add(segments, FirstLiteral(route.RoutePattern));
            }
        }

        foreach (var action in _actions?.ActionDescriptors.Items ?? [])
        {
            if (action.AttributeRouteInfo?.Template is { } template)
            {
                Add(segments, FirstLiteral(RoutePatternFactory.Parse(template.StartsWith("~/", StringComparison.Ordinal) ? template[2..] : template)));
            }
            else if (action.RouteValues.TryGetValue("controller", out var controller))
            {
                Add(segments, controller);
            }
        }

        foreach (var entry in _environment?.WebRootFileProvider?.GetDirectoryContents("") ?? Enumerable.Empty<Microsoft.Extensions.FileProviders.IFileInfo>())
        {
            Add(segments, entry.Name);
        }

        return segments;
    }

    private static void Add(SortedSet<string> segments, string? segment)
    {
        if (!string.IsNullOrEmpty(segment))
        {
            segments.Add(segment.ToLowerInvariant());
        }
    }

    private static string? FirstLiteral(RoutePattern pattern) =>
        pattern.PathSegments.Count > 0 && pattern.PathSegments[0].Parts is [RoutePatternLiteralPart literal] ? literal.Content : null;
}
