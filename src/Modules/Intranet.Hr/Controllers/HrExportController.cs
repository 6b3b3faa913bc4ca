using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Hr.Io.Export;
using Intranet.Hr.Io.Resume;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// Downloads for HR officers: the department's records as XLSX (<c>/admin/hr/export</c>) and one person's résumé
/// as PDF or DOCX. Both need ExportHrRecords and show only the groups the user may read; both are audited.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/hr")]
public sealed class HrExportController : Controller
{
    private readonly HrExporter _exporter;
    private readonly ResumeService _resumes;
    private readonly ITenantAccessor _tenants;
    private readonly TimeProvider _clock;

    public HrExportController(HrExporter exporter, ResumeService resumes, ITenantAccessor tenants, TimeProvider clock)
    {
        _exporter = exporter;
        _resumes = resumes;
        _tenants = tenants;
        _clock = clock;
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken ct) =>
        await _exporter.ExportAsync(User, DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), ct) is { } bytes
            ? File(bytes, HrIoContent.Xlsx, HrExporter.FileName)
            : Forbid();

    [HttpGet("records/{id:int}/resume.pdf")]
    public Task<IActionResult> ResumePdf(int id, CancellationToken ct) => ResumeAsync(id, "pdf", ct);

    [HttpGet("records/{id:int}/resume.docx")]
    public Task<IActionResult> ResumeDocx(int id, CancellationToken ct) => ResumeAsync(id, "docx", ct);

    private async Task<IActionResult> ResumeAsync(int id, string format, CancellationToken ct)
    {
        var result = await _resumes.BuildAsync(User, id, _tenants.Current?.DisplayName ?? "", format, ct);
        if (result.IsForbidden)
        {
            return Forbid();
        }

        if (result.Document is not { } document)
        {
            return NotFound();
        }

        var name = ResumeResult.FileName(id, format);
        if (format == "docx")
        {
            return File(ResumeDocxWriter.Write(document), HrIoContent.Docx, name);
        }

        try
        {
            return File(ResumePdfWriter.Write(document), HrIoContent.Pdf, name);
        }
        catch (InvalidOperationException ex) when (!ResumeFonts.EnsureRegistered())
        {
            // The server lacks the font package: say so (the DOCX still works) rather than fail with a 500.
            return StatusCode(503, ex.Message + " Tải bản DOCX hoặc báo quản trị hệ thống cài gói fonts-dejavu-core.");
        }
    }
}
