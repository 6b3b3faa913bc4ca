namespace Intranet.Core.Web.OpenApi;

/// <summary>
/// The one rule for "this is the JSON API": a route under <c>api/</c>, the same rule that makes errors problem+json
/// (<see cref="ApiProblems.IsApiRequest"/>). The OpenAPI document lists exactly these routes, so a module's new
/// <c>/api/…</c> controller or minimal endpoint appears in it with no registration.
/// </summary>
public static class ApiRoutes
{
    public const string DocumentName = "v1";

    /// <summary>Where the document is served, in every tenant (the prefix moves to PathBase).</summary>
    public const string DocumentPattern = "/openapi/{documentName}.json";

    public const string DocumentPath = "/openapi/" + DocumentName + ".json";

    /// <summary>The viewer (a page of our own around the Scalar script the app serves).</summary>
    public const string ViewerPath = "/openapi";

    /// <summary>Whether a route template ("api/users/{id}", "/api/x", "~/api/x") belongs to the JSON API.</summary>
    public static bool IsApi(string? template)
    {
        if (template is null)
        {
            return false;
        }

        var path = template.StartsWith("~/", StringComparison.Ordinal) ? template[2..] : template.TrimStart('/');
        return path.Equals("api", StringComparison.OrdinalIgnoreCase) || path.StartsWith("api/", StringComparison.OrdinalIgnoreCase);
    }
}
