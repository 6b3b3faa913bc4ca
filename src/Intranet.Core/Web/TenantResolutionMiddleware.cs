using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Http;

namespace Intranet.Core.Web;

/// <summary>
/// Resolves the request's tenant from the snapshot, moves a matched prefix from Path to PathBase (so one
/// route table serves every tenant) and makes the tenant current for the rest of the request.
/// </summary>
public sealed class TenantResolutionMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ITenantRegistry _registry;
    private readonly ITenantAccessor _accessor;

    public TenantResolutionMiddleware(RequestDelegate next, ITenantRegistry registry, ITenantAccessor accessor)
    {
        _next = next;
        _registry = registry;
        _accessor = accessor;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var firstSegment = FirstSegment(path);
        var tenant = _registry.Table.Resolve(context.Request.Host.Value ?? "", firstSegment, out var prefixMatched);

        if (tenant.State == TenantState.Initializing)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "10";
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Đơn vị đang được khởi tạo, vui lòng thử lại sau ít giây. / The site is being set up; try again in a few seconds.");
            return;
        }

        if (!tenant.IsHost && tenant.State != TenantState.Running)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Trang của đơn vị này hiện không hoạt động. / This department site is not available.");
            return;
        }

        if (prefixMatched)
        {
            var segment = "/" + firstSegment;
            context.Request.PathBase = context.Request.PathBase.Add(segment);
            context.Request.Path = new PathString(path.Length > segment.Length ? path[segment.Length..] : "/");
        }

        context.Features.Set(new TenantFeature(tenant));
        using (_accessor.Enter(tenant))
        {
            await _next(context);
        }
    }

    private static string? FirstSegment(string path)
    {
        if (path.Length < 2)
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }
}
