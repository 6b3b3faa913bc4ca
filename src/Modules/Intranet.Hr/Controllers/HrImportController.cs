using Intranet.Core.Web;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Io.Import;
using Intranet.Hr.Services;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// <c>/admin/hr/import</c>: download the template, check a file (dry run: every bad row and column listed, nothing
/// written), then import it in one transaction. Needs ImportHrRecords in the department.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/hr/import")]
public sealed class HrImportController : Controller
{
    private readonly HrAccess _access;
    private readonly HrImportRunner _importer;

    public HrImportController(HrAccess access, HrImportRunner importer)
    {
        _access = access;
        _importer = importer;
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        await MayImportAsync() ? View(new HrImportPage(null, null, EthnicEdition.Edition2008)) : Forbid();

    [HttpGet("template.csv")]
    public async Task<IActionResult> TemplateCsv() =>
        await MayImportAsync() ? File(ImportTemplate.Csv(), "text/csv; charset=utf-8", ImportTemplate.CsvFileName) : Forbid();

    [HttpGet("template.xlsx")]
    public async Task<IActionResult> TemplateXlsx() =>
        await MayImportAsync() ? File(ImportTemplate.Xlsx(), HrIoContent.Xlsx, ImportTemplate.XlsxFileName) : Forbid();

    /// <summary>Checks (dry run) or imports the uploaded file; a file with any problem writes nothing.</summary>
    [HttpPost("")]
    [RequestSizeLimit(HrIoContent.MaxUploadBytes)]
    public async Task<IActionResult> Index(IFormFile? file, bool dryRun, EthnicEdition edition, CancellationToken ct)
    {
        if (!await MayImportAsync())
        {
            return Forbid();
        }

        edition = Enum.IsDefined(edition) ? edition : EthnicEdition.Edition2008;
        ImportReport report;
        if (file is null || file.Length == 0)
        {
            report = ImportReport.Failed(dryRun, 0, [ImportProblem.File(file is null ? "chưa chọn tệp CSV hoặc XLSX." : "tệp trống.")]);
        }
        else
        {
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            stream.Position = 0;
            report = await _importer.RunAsync(stream, file.FileName, new ImportOptions(dryRun, edition, HrIoContent.ActorOf(User)), ct);
        }

        var page = new HrImportPage(report, file?.FileName, edition);
        return IsHtmx ? PartialView("_Report", page) : View(page);
    }

    private Task<bool> MayImportAsync() => _access.MayAsync(User, Permissions.ImportHrRecords);
}
