using System.Security.Claims;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Services.Transfers;
using Intranet.Hr.ViewModels.Transfers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// <c>POST /api/hr/transfers</c> at the host: moves a person between departments (TransferHrRecords at the host;
/// a department's officer is not a member there and gets 403). 200 with what moved, or a problem+json 4xx.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[ForFeature(HrFeatures.Province)]
[Route("api/hr/transfers")]
public sealed class HrTransfersApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly TransferService _transfers;

    public HrTransfersApiController(IAuthorizationService authorization, TransferService transfers)
    {
        _authorization = authorization;
        _transfers = transfers;
    }

    [HttpPost("")]
    public async Task<IActionResult> Transfer(TransferBody body, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.TransferHrRecords))
        {
            return Problem(403, "Không có quyền điều động cán bộ.");
        }

        try
        {
            var result = await _transfers.TransferAsync(TransferBodies.ToRequest(body), User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
            return Ok(result);
        }
        catch (TransferException ex)
        {
            var problem = ApiProblems.Create(ex.Status, ex.Message);
            if (ex.Field is not null)
            {
                problem.Extensions["field"] = ex.Field;
            }

            return new ObjectResult(problem) { StatusCode = ex.Status, ContentTypes = { "application/problem+json" } };
        }
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
