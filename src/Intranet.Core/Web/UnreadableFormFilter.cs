using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Core.Web;

/// <summary>
/// A page action whose form could not be read (over the field-count limit, multipart without a boundary or cut
/// short) answers 400 before it runs. MVC records the reader's failure as a model-state error under the empty key
/// and then runs the action with every parameter null (the antiforgery check does not read the form when the
/// token comes in the header), so pages that trust their model threw NullReferenceException: ~70 of the fuzzer's
/// 500s. API actions get the same 400 as problem+json from <see cref="ApiBindingFilter"/>.
/// </summary>
internal sealed class UnreadableFormFilter : IAsyncActionFilter, IOrderedFilter
{
    /// <summary>With <see cref="ApiBindingFilter"/>: before any action filter that could use the model.</summary>
    public int Order => -3000;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (await UnreadableFormStatusAsync(context) is { } status)
        {
            context.HttpContext.Response.Headers.CacheControl = "no-store";

            // No body: the status-code pages write the usual short Vietnamese page (ErrorEndpoint).
            context.Result = new StatusCodeResult(status);
            return;
        }

        await next();
    }

    private static async Task<int?> UnreadableFormStatusAsync(ActionExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (context.ModelState.IsValid
            || IsApi(context)
            || !request.HasFormContentType
            || !context.ModelState.ContainsKey(string.Empty)
            || context.HttpContext.Features.Get<IFormFeature>()?.Form is not null)
        {
            return null;
        }

        try
        {
            // MVC already tried: the form feature keeps the failed read and rethrows it; the body is not read again.
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
            return null;
        }
        catch (BadHttpRequestException bad)
        {
            // Over Kestrel's body limit keeps its own status (413).
            return bad.StatusCode;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return StatusCodes.Status400BadRequest;
        }
    }

    private static bool IsApi(ActionExecutingContext context) =>
        ApiProblems.IsApiRequest(context.HttpContext)
        || context.ActionDescriptor.EndpointMetadata.OfType<ApiControllerAttribute>().Any();
}
