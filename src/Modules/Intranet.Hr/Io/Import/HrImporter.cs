using Intranet.Core.Audit;
using Intranet.Core.Staff;
using Intranet.Core.Uploads;
using Intranet.Hr.Io.Codes;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// Imports personnel records from CSV or XLSX into the current department. Every row is checked first and every
/// problem named by row and column; only a file without problems is written, in one transaction, keyed by the
/// personal ID (importing the same file again updates, never duplicates). A dry run checks and counts only.
/// The file is read only through Core's bounded reader.
/// </summary>
public sealed class HrImporter
{
    public const int MaxRows = 20_000;

    private readonly HrDbContext _db;
    private readonly ICodeLists _codes;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly UploadLimits _limits;
    private readonly StaffRecordEvents? _events;

    public HrImporter(HrDbContext db, ICodeLists codes, IAuditTrail audit, IOptions<UploadLimits> limits, TimeProvider clock, StaffRecordEvents? events = null)
    {
        _db = db;
        _codes = codes;
        _audit = audit;
        _clock = clock;
        _events = events;
        _limits = limits.Value with { MaxRows = Math.Min(limits.Value.MaxRows, MaxRows) };
    }

    public static bool IsSpreadsheetName(string? fileName) => UploadTables.IsCsv(fileName) || UploadTables.IsXlsx(fileName);

    public async Task<ImportReport> ImportAsync(Stream file, string? fileName, ImportOptions options, CancellationToken ct = default)
    {
        var problems = new List<ImportProblem>();
        if (!IsSpreadsheetName(fileName))
        {
            problems.Add(ImportProblem.File("không phải bảng tính: chỉ nhận tệp .csv hoặc .xlsx (tải tệp mẫu để xem cách ghi)."));
            return ImportReport.Failed(options.DryRun, 0, problems);
        }

        var codes = await CodeListsLookup.CurrentAsync(_codes, ct);
        var warnings = new List<ImportProblem>();
        var people = Check(file, fileName, codes, options.Edition, problems, warnings, out var rowCount, ct);
        if (problems.Count > 0)
        {
            return ImportReport.Failed(options.DryRun, rowCount, problems);
        }

        var existing = await _db.Records.AsNoTracking().Select(r => new { r.PersonalId, r.Id }).ToDictionaryAsync(r => r.PersonalId, r => r.Id, StringComparer.Ordinal, ct);
        var updated = people.Count(p => existing.ContainsKey(p.PersonalId));
        var created = people.Count - updated;
        if (options.DryRun)
        {
            return new ImportReport(true, false, rowCount, created, updated, problems) { Warnings = warnings };
        }

        // Inside HrImportRunner's shared transaction the audit entry commits with the rows; alone (tools, the
        // bench) the importer opens its own.
        var writer = new ImportWriter(_db, _clock.GetUtcNow().UtcDateTime, options.Actor);
        var own = _db.Database.CurrentTransaction is null ? await _db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await writer.WriteAsync(people, existing, ct);
            if (_events is not null)
            {
                await _events.RaiseForPersonalIdsAsync(people.Select(p => p.PersonalId), StaffChange.Updated, ct);
            }

            await _audit.RecordAsync(new AuditEvent("hr", "import", fileName is null ? null : ImportCells.Shorten(fileName), $"rows={rowCount}; created={created}; updated={updated}"), ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        catch (DbUpdateException)
        {
            // A row the checks let through but the database refused (a record created meanwhile): nothing stays.
            if (own is not null)
            {
                await own.RollbackAsync(CancellationToken.None);
            }

            _db.ChangeTracker.Clear();
            problems.Add(ImportProblem.File("cơ sở dữ liệu từ chối ghi (có thể hồ sơ vừa được người khác thêm). Chưa ghi gì; hãy kiểm tra lại rồi nhập lại."));
            return ImportReport.Failed(false, rowCount, problems);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        return new ImportReport(false, true, rowCount, created, updated, problems) { Warnings = warnings };
    }

    /// <summary>Reads and checks the whole file; the people are returned only when there is no problem.</summary>
    public List<ImportedPerson> Check(Stream file, string? fileName, IHrCodeLookup codes, EthnicEdition edition, List<ImportProblem> problems, List<ImportProblem> warnings, out int rowCount, CancellationToken ct = default)
    {
        rowCount = 0;
        var people = new List<ImportedPerson>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        ImportRowParser? parser = null;
        try
        {
            foreach (var row in UploadTables.Read(file, fileName, _limits, ct))
            {
                if (parser is null)
                {
                    var indexOf = ImportHeader.Match(row, problems);
                    if (problems.Count > 0)
                    {
                        return [];
                    }

                    parser = new ImportRowParser(indexOf, codes, edition);
                    continue;
                }

                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                rowCount++;
                if (parser.Parse(row, problems, warnings) is not { } person)
                {
                    continue;
                }

                if (firstRowOf.TryGetValue(person.PersonalId, out var first))
                {
                    problems.Add(ImportProblem.Cell(row.Line, ImportSchema.Column(ImportSchema.PersonalId), $"số định danh {person.PersonalId} trùng với dòng {first}: mỗi người chỉ một dòng."));
                    continue;
                }

                firstRowOf[person.PersonalId] = row.Line;
                people.Add(person);
            }
        }
        catch (UploadRejectedException ex)
        {
            problems.Add(ImportProblem.File(ex.Message, ex.Line ?? 0));
            return [];
        }

        if (parser is null || rowCount == 0)
        {
            problems.Add(ImportProblem.File(parser is null ? "tệp trống: không có dòng tiêu đề và dữ liệu." : "tệp không có dòng dữ liệu nào dưới dòng tiêu đề."));
        }

        return problems.Count == 0 ? people : [];
    }
}
