using Intranet.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Users.Controllers;

/// <summary>problem+json answers with Vietnamese details, for MVC API controllers.</summary>
internal static class ApiResults
{
    public static ObjectResult Problem(int status, string detail)
    {
        var result = new ObjectResult(ApiProblems.Create(status, detail)) { StatusCode = status };
        result.ContentTypes.Add("application/problem+json");
        return result;
    }
}
