using Microsoft.AspNetCore.Routing.Patterns;

namespace Intranet.Security.Tests;

/// <summary>
/// Fills an endpoint's route parameters with the fixture's real objects where the parameter names one
/// (a tenant, an account, a unit, a person, a mailbox, a role), otherwise with a plausible value of its type.
/// </summary>
public sealed class RouteValues
{
    private readonly SecurityFixture _fixture;

    public RouteValues(SecurityFixture fixture) => _fixture = fixture;

    /// <summary>The URL of <paramref name="endpoint"/> under <paramref name="prefix"/> ("" for the host, "/name" for a department).</summary>
    public string Url(AppEndpoint endpoint, string prefix, Func<RoutePatternParameterPart, string?>? overrideValue = null)
    {
        var segments = new List<string>();
        foreach (var segment in endpoint.Endpoint.RoutePattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => overrideValue?.Invoke(parameter) ?? Uri.EscapeDataString(ValueFor(endpoint, parameter)),
                    _ => "",
                };
            }

            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return prefix + "/" + string.Join('/', segments);
    }

    public string ValueFor(AppEndpoint endpoint, RoutePatternParameterPart parameter)
    {
        var route = endpoint.Route;
        return parameter.Name switch
        {
            "tenant" => _fixture.DepartmentA,
            "unit" => _fixture.UnitId,
            "slug" => "gioi-thieu",
            "verb" => "enable",
            "name" when route.Contains("/tenants/", StringComparison.Ordinal) => _fixture.VictimTenant,
            "name" when route.Contains("/roles/", StringComparison.Ordinal) => _fixture.RoleName,
            "id" when route.Contains("/users/", StringComparison.Ordinal) => _fixture.VictimAccountId,
            "id" when route.Contains("directory/units/", StringComparison.Ordinal) => _fixture.UnitId,
            "id" when route.Contains("/people/", StringComparison.Ordinal) => _fixture.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when route.Contains("/mailboxes/", StringComparison.Ordinal) => _fixture.MailboxId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "id" when route.Contains("/domains/", StringComparison.Ordinal) => _fixture.MailDomainId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => ByConstraint(parameter),
        };
    }

    private static string ByConstraint(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        if (constraints.Any(c => c is "int" or "long" or "min(1)"))
        {
            return "1";
        }

        return constraints.Any(c => c == "guid") ? "6f1c2a52-3b0e-4d8e-9d0a-2f3b4c5d6e7f" : "thu";
    }
}
