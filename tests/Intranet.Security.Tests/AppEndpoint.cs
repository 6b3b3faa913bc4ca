using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Security.Tests;

/// <summary>One method of one route of the application, as the endpoint data source describes it.</summary>
public sealed record AppEndpoint(RouteEndpoint Endpoint, string Method)
{
    /// <summary>The route with its parameters' constraints dropped: "/admin/users/{id}".</summary>
    public string Route { get; } = Normalize(Endpoint.RoutePattern);

    /// <summary>How the classification table names it: "POST /admin/users/{id}".</summary>
    public string Key => Method + " " + Route;

    public bool IsApi => Route.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || Route == "/api";

    public bool IsUnsafe => !(HttpMethods.IsGet(Method) || HttpMethods.IsHead(Method) || HttpMethods.IsOptions(Method));

    public ControllerActionDescriptor? Action => Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();

    /// <summary>Whether the endpoint itself demands a signed-in user (an [Authorize] without [AllowAnonymous]).</summary>
    public bool RequiresAuthentication =>
        Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    public override string ToString() => Key;

    private static string Normalize(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        })));
        return "/" + string.Join('/', segments);
    }
}
