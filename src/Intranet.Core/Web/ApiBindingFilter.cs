using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Core.Web;

/// <summary>
/// Every API action (a path under /api, or an [ApiController]) whose body or parameters did not bind answers 400
/// before the action runs. Without it a body that failed to parse reached the action as null or half-filled, and
/// was read as "nothing" (S4: one trailing comma wiped a role's permissions).
/// </summary>
internal sealed class ApiBindingFilter : IActionFilter, IOrderedFilter
{
    /// <summary>Before [ApiController]'s own check (-2000), so both give the same Vietnamese answer.</summary>
    public int Order => -3000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid || !IsApi(context))
        {
            return;
        }

        context.Result = ApiBindingProblems.Create(context.ModelState);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static bool IsApi(ActionExecutingContext context) =>
        ApiProblems.IsApiRequest(context.HttpContext)
        || context.ActionDescriptor.EndpointMetadata.OfType<ApiControllerAttribute>().Any();
}
