using Intranet.Core.Web;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// <c>/learning/verify/{serial}</c>: the page a certificate's QR code opens, for anyone (no sign-in). It shows only the
/// holder's name, the course, the dates and the state; an unknown serial is a 404 that says so and nothing more
/// (no list, no search, no hint of near serials). Not cached, so a revocation shows at once.
/// </summary>
[AllowAnonymous]
[NoStore]
[Route("learning/verify")]
public sealed class CertificateVerificationController : Controller
{
    private readonly CertificateService _certificates;

    public CertificateVerificationController(CertificateService certificates) => _certificates = certificates;

    [HttpGet("{serial}")]
    public async Task<IActionResult> Verify(string serial, CancellationToken ct)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var certificate = await _certificates.FindAsync(serial, ct);
        if (certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Unknown");
        }

        return View(CertificateMapping.Verification(certificate, _certificates.Today));
    }
}
