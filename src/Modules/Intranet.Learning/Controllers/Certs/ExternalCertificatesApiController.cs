using Intranet.Core.Modules;
using Intranet.Core.Uploads;
using Intranet.Core.Web;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// <c>/{department}/api/learning/external-certificates</c>: list and record (multipart: email, kind, number, issuer,
/// issuedOn, itModules, scan) the department's certificates from outside. ManageCertificates in the department.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[ForFeature(LearningFeatures.Department)]
[Route("api/learning/external-certificates")]
public sealed class ExternalCertificatesApiController : ControllerBase
{
    private readonly ExternalCertificateService _external;

    public ExternalCertificatesApiController(ExternalCertificateService external) => _external = external;

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken ct)
    {
        if (HttpContext.GetTenant() is not { } tenant || !await _external.CanManageAsync(User, tenant, ct))
        {
            return CertsProblem.Of(403, "Không có quyền xem chứng chỉ của cán bộ đơn vị này.");
        }

        return Ok((await _external.ListAsync(tenant.Name, ct)).Select(CertificateMapping.Summary));
    }

    [HttpPost("")]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<ExternalCertificateSummary>(StatusCodes.Status201Created)]
    public async Task<IActionResult> Record([FromForm] ExternalCertificateInput input, IFormFile? scan, CancellationToken ct)
    {
        if (HttpContext.GetTenant() is not { } tenant)
        {
            return CertsProblem.Of(404, "Không tìm thấy đơn vị.");
        }

        try
        {
            await using var stream = scan?.OpenReadStream();
            var recorded = await _external.RecordAsync(User, tenant, input, stream, ct);
            return StatusCode(StatusCodes.Status201Created, CertificateMapping.Summary(recorded));
        }
        catch (CertificateException ex)
        {
            return CertsProblem.Of(ex.Status, ex.Message);
        }
        catch (UploadRejectedException ex)
        {
            return CertsProblem.Of(422, ex.Message);
        }
    }
}
