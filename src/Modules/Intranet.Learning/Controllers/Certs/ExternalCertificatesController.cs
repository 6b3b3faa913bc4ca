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
/// A department's certificates from outside (<c>/{department}/learning/external-certificates</c>): the list, and the
/// form where a trainer or HR officer of the department records one for a person of the department, with a scan.
/// </summary>
[Authorize]
[NoStore]
[ForFeature(LearningFeatures.Department)]
[Route("learning/external-certificates")]
public sealed class ExternalCertificatesController : Controller
{
    private readonly ExternalCertificateService _external;

    public ExternalCertificatesController(ExternalCertificateService external) => _external = external;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken ct)
    {
        if (HttpContext.GetTenant() is not { } tenant || !await _external.CanManageAsync(User, tenant, ct))
        {
            return Forbid();
        }

        return View(await ModelAsync(tenant.Name, new ExternalCertificateInput { IssuedOn = null }, message, null, ct));
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Record([FromForm] ExternalCertificateInput input, IFormFile? scan, CancellationToken ct)
    {
        if (HttpContext.GetTenant() is not { } tenant || !await _external.CanManageAsync(User, tenant, ct))
        {
            return Forbid();
        }

        try
        {
            await using var stream = scan?.OpenReadStream();
            await _external.RecordAsync(User, tenant, input, stream, ct);
        }
        catch (Exception ex) when (ex is CertificateException or UploadRejectedException)
        {
            Response.StatusCode = ex is CertificateException c ? c.Status : StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await ModelAsync(tenant.Name, input, null, ex.Message, ct));
        }

        return RedirectToAction(nameof(Index), new { message = "Đã ghi nhận chứng chỉ." });
    }

    [HttpGet("{id:int}/scan")]
    public async Task<IActionResult> Scan(int id, CancellationToken ct)
    {
        var found = HttpContext.GetTenant() is { } tenant ? await _external.FindScanAsync(User, tenant, id, ct) : null;
        return found is { } scan
            ? PhysicalFile(scan.Path, scan.Certificate.ScanContentType, "ban-quet-" + scan.Certificate.Id + Path.GetExtension(scan.Path))
            : NotFound();
    }

    private async Task<ExternalCertificatesModel> ModelAsync(string tenantName, ExternalCertificateInput input, string? message, string? error, CancellationToken ct) =>
        new()
        {
            Certificates = [.. (await _external.ListAsync(tenantName, ct)).Select(CertificateMapping.Summary)],
            Input = input,
            Message = message,
            Error = error,
        };
}
