using Intranet.Core.Web;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>Problem+json answers of the certificate API.</summary>
internal static class CertsProblem
{
    public static ObjectResult Of(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
