using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Intranet.Core.Web;

/// <summary>
/// An action that refuses with <c>Forbid()</c> someone who is not signed in asks them to sign in instead: pages go
/// to the sign-in page with a return URL, APIs answer 401 problem+json. Actions check permissions themselves
/// (the permission depends on the tenant), so without this an anonymous visitor of <c>/admin/mail</c> got a bare 403.
/// </summary>
internal sealed class AnonymousForbidFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ForbidResult forbid && !context.HttpContext.User.Identities.Any(i => i.IsAuthenticated))
        {
            context.Result = new ChallengeResult(forbid.AuthenticationSchemes, forbid.Properties);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
