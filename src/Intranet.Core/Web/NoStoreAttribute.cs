using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Core.Web;

/// <summary>
/// Personal data (HR records, mail) must not stay in a shared browser's or proxy's cache: every answer of the
/// controller or action, errors included, carries <c>Cache-Control: no-store</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class NoStoreAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            response.Headers.CacheControl = "no-store";
            response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
