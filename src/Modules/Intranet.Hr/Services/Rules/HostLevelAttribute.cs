using Intranet.Core.Tenants;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Services.Rules;

/// <summary>
/// Lets the same route exist once for the host and once for the departments (the calculator serves both, under two
/// features): the action is a candidate only at that level, so routing never sees two matches.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class HostLevelAttribute : Attribute, IActionConstraint
{
    public HostLevelAttribute(bool host) => Host = host;

    public bool Host { get; }

    public int Order => 0;

    public bool Accept(ActionConstraintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tenant = context.RouteContext.HttpContext.RequestServices.GetRequiredService<ITenantAccessor>().Current;
        return (tenant?.IsHost ?? true) == Host;
    }
}
