using Intranet.Core.Web;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Io.Export;
using Intranet.Hr.Io.Import;
using Intranet.Hr.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// Import and export for HR software and scripts (<c>/{tenant}/api/hr/…</c>). The import defaults to a dry run;
/// a file with problems is a 422 problem+json listing each with its row and column, and nothing is written.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/hr")]
public sealed class HrIoApiController : ControllerBase
{
    private readonly HrAccess _access;
    private readonly HrImportRunner _importer;
    private readonly HrExporter _exporter;
    private readonly TimeProvider _clock;

    public HrIoApiController(HrAccess access, HrImportRunner importer, HrExporter exporter, TimeProvider clock)
    {
        _access = access;
        _importer = importer;
        _exporter = exporter;
        _clock = clock;
    }

    /// <summary>Multipart upload (field <c>file</c>, .csv or .xlsx). <c>dryRun</c> (default true) checks and counts only.</summary>
    [HttpPost("import")]
    [RequestSizeLimit(HrIoContent.MaxUploadBytes)]
    [ProducesResponseType<ImportResult>(200)]
    public async Task<IActionResult> Import(IFormFile? file, [FromQuery] bool dryRun = true, [FromQuery] EthnicEdition ethnicEdition = EthnicEdition.Edition2008, CancellationToken ct = default)
    {
        if (!await _access.MayAsync(User, Permissions.ImportHrRecords))
        {
            return Problem(403, "Không có quyền nhập hồ sơ cán bộ trong đơn vị này.");
        }

        if (file is null || file.Length == 0)
        {
            return Problem(400, "Cần gửi một tệp CSV hoặc XLSX không rỗng trong trường 'file' (multipart/form-data). Tệp mẫu: GET api/hr/import/template.");
        }

        if (!HrImporter.IsSpreadsheetName(file.FileName))
        {
            return Problem(415, "Tệp không phải bảng tính: chỉ nhận tệp .csv hoặc .xlsx.");
        }

        if (!Enum.IsDefined(ethnicEdition))
        {
            return Problem(400, "ethnicEdition phải là 2008 hoặc 1979.");
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var report = await _importer.RunAsync(stream, file.FileName, new ImportOptions(dryRun, ethnicEdition, HrIoContent.ActorOf(User)), ct);
        if (report.HasProblems)
        {
            var problem = ApiProblems.Create(422, $"Tệp có {report.Problems.Count} lỗi; chưa ghi gì. Sửa các dòng, cột được nêu rồi gửi lại.");
            problem.Extensions["errors"] = report.Problems.Select(p => new { row = p.Row, column = p.Column, columnName = p.ColumnHeader, message = p.ToString() }).ToList();
            problem.Extensions["rows"] = report.Rows;
            return new ObjectResult(problem) { StatusCode = 422, ContentTypes = { "application/problem+json" } };
        }

        return Ok(new ImportResult(report.DryRun, report.Applied, report.Rows, report.Created, report.Updated, [.. report.Warnings.Select(w => new ImportWarning(w.Row, w.Column, w.ToString()))]));
    }

    /// <summary>The import template generated from the schema: <c>format=xlsx</c> (default, with a guide sheet) or <c>csv</c>.</summary>
    [HttpGet("import/template")]
    public async Task<IActionResult> Template([FromQuery] string format = "xlsx")
    {
        if (!await _access.MayAsync(User, Permissions.ImportHrRecords))
        {
            return Problem(403, "Không có quyền nhập hồ sơ cán bộ trong đơn vị này.");
        }

        return format.ToLowerInvariant() switch
        {
            "csv" => File(ImportTemplate.Csv(), "text/csv; charset=utf-8", ImportTemplate.CsvFileName),
            "xlsx" => File(ImportTemplate.Xlsx(), HrIoContent.Xlsx, ImportTemplate.XlsxFileName),
            _ => Problem(400, "format phải là csv hoặc xlsx."),
        };
    }

    /// <summary>The department's records as XLSX as of <c>asOf</c> (default today), in the template's columns.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] DateOnly? asOf, CancellationToken ct) =>
        await _exporter.ExportAsync(User, asOf ?? DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), ct) is { } bytes
            ? File(bytes, HrIoContent.Xlsx, HrExporter.FileName)
            : Problem(403, "Không có quyền xuất hồ sơ cán bộ của đơn vị này.");

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
