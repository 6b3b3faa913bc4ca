using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Web;

/// <summary>Answers 404 for an endpoint whose feature is not enabled in the request's tenant. Runs after routing.</summary>
public sealed class FeatureGateMiddleware
{
    private readonly RequestDelegate _next;

    public FeatureGateMiddleware(RequestDelegate next) => _next = next;

    public Task InvokeAsync(HttpContext context, ITenantAccessor tenants)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (feature is not null && tenants.Current is { } tenant && !tenant.IsFeatureEnabled(feature.FeatureId))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _next(context);
    }
}
