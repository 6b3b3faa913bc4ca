using Intranet.Core.Web;
using Intranet.Learning.Services;
using Intranet.Learning.Services.Certs;
using Intranet.Learning.ViewModels.Certs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Learning.Controllers.Certs;

/// <summary>
/// "Chứng chỉ của tôi" (<c>/learning/certificates</c>): the signed-in learner's certificates, issued and recorded from
/// outside, and the certificate PDF (for its holder and the course's trainers).
/// </summary>
[Authorize]
[NoStore]
[Route("learning/certificates")]
public sealed class MyCertificatesController : Controller
{
    private readonly CertificateService _certificates;
    private readonly ExternalCertificateService _external;

    public MyCertificatesController(CertificateService certificates, ExternalCertificateService external)
    {
        _certificates = certificates;
        _external = external;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var today = _certificates.Today;
        var own = await _certificates.ListOwnAsync(User, ct);
        var external = await _external.ListOwnAsync(User, ct);
        return View(new MyCertificatesModel
        {
            Certificates = [.. own.Select(c => CertificateMapping.Summary(c, today, _certificates.VerificationUrl(c.Serial)))],
            External = [.. external.Select(CertificateMapping.Summary)],
        });
    }

    [HttpGet("{serial}/pdf")]
    public async Task<IActionResult> Pdf(string serial, CancellationToken ct)
    {
        var certificate = await _certificates.FindAsync(serial, ct);

        // Someone else's certificate answers like a missing one: serials are not to be probed here.
        if (certificate is null || !await _certificates.CanDownloadAsync(User, certificate, ct))
        {
            return NotFound();
        }

        return File(_certificates.Pdf(certificate), "application/pdf", "chung-chi-" + certificate.Serial + ".pdf");
    }

    [HttpGet("external/{id:int}/scan")]
    public async Task<IActionResult> Scan(int id, CancellationToken ct)
    {
        var tenant = HttpContext.GetTenant();
        var found = tenant is null ? null : await _external.FindScanAsync(User, tenant, id, ct);
        if (found is not { } scan || scan.Certificate.AccountId != LearnerIdentity.AccountId(User))
        {
            return NotFound();
        }

        return PhysicalFile(scan.Path, scan.Certificate.ScanContentType, "ban-quet-" + scan.Certificate.Id + Path.GetExtension(scan.Path));
    }
}
