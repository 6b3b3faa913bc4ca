using Intranet.Core.Web;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// <c>GET /api/learning/certificates/{serial}/verification</c>, anonymous: the same facts as the public page, as JSON
/// (state <c>valid</c>, <c>revoked</c> or <c>expired</c>); 404 problem+json for an unknown serial.
/// </summary>
[ApiController]
[AllowAnonymous]
[NoStore]
[Route("api/learning/certificates")]
public sealed class CertificateVerificationApiController : ControllerBase
{
    private readonly CertificateService _certificates;

    public CertificateVerificationApiController(CertificateService certificates) => _certificates = certificates;

    [HttpGet("{serial}/verification")]
    [ProducesResponseType<CertificateVerification>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Verify(string serial, CancellationToken ct)
    {
        var certificate = await _certificates.FindAsync(serial, ct);
        return certificate is null
            ? CertsProblem.Of(404, "Không có chứng chỉ nào mang số hiệu này.")
            : Ok(CertificateMapping.Verification(certificate, _certificates.Today));
    }
}
