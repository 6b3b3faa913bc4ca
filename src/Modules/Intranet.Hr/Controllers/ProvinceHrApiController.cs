using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Rollup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary><c>GET /api/hr/province/rollup[?asOf=yyyy-MM-dd]</c> at the host: active staff counts per department (ViewHrRollups).</summary>
[ApiController]
[Authorize]
[NoStore]
[ForFeature(HrFeatures.Province)]
[Route("api/hr/province")]
public sealed class ProvinceHrApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly ProvinceRollupService _rollup;
    private readonly TimeProvider _clock;

    public ProvinceHrApiController(IAuthorizationService authorization, ProvinceRollupService rollup, TimeProvider clock)
    {
        _authorization = authorization;
        _rollup = rollup;
        _clock = clock;
    }

    [HttpGet("rollup")]
    public async Task<IActionResult> Rollup([FromQuery] DateOnly? asOf, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewHrRollups))
        {
            return new ObjectResult(ApiProblems.Create(403, "Không có quyền xem số liệu tổng hợp nhân sự.")) { StatusCode = 403, ContentTypes = { "application/problem+json" } };
        }

        var date = asOf ?? RecordClosingScheduler.Today(_clock);
        if (date.Year is < 1900 or > 2200)
        {
            return new ObjectResult(ApiProblems.Create(400, "Ngày không hợp lệ.")) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
        }

        return Ok(await _rollup.ComputeAsync(date, ct));
    }
}
