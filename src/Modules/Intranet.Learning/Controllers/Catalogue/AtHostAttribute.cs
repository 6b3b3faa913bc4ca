using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Learning.Controllers.Catalogue;

/// <summary>
/// The same route exists for the province (host) and for departments under two features; this makes each
/// controller a candidate only at its own level, so routing never sees two matches.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class AtHostAttribute : Attribute, IActionConstraint
{
    public AtHostAttribute(bool host) => Host = host;

    public bool Host { get; }

    public int Order => 0;

    public bool Accept(ActionConstraintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tenant = context.RouteContext.HttpContext.RequestServices.GetRequiredService<ITenantAccessor>().Current;
        return (tenant?.IsHost ?? true) == Host;
    }
}
