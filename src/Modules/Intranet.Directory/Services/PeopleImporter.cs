using Intranet.Core.Tenants;
using Intranet.Core.Uploads;
using Intranet.StaffDirectory.Models;
using Intranet.Search.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intranet.StaffDirectory.Services;

/// <summary>
/// Imports people from CSV or XLSX. Every row is checked first and every error reported with its line; only a
/// file without errors is written, in one transaction, keyed by official email (else the external id column) so
/// importing the same file again updates rather than duplicates. A dry run checks and counts and writes nothing.
/// The department's people are read once and every row saved in one go (<see cref="PeopleBatch"/>).
/// The file is read by Core's bounded reader (<see cref="UploadTables"/>): streamed, limits checked while reading.
/// </summary>
public sealed class PeopleImporter
{
    public const int MaxRows = 20_000;

    private readonly DirectoryTransaction _transaction;
    private readonly UploadLimits _limits;

    public PeopleImporter(DirectoryTransaction transaction, IOptions<UploadLimits> limits)
    {
        _transaction = transaction;
        _limits = limits.Value with { MaxRows = MaxRows };
    }

    public static bool IsXlsx(string? fileName) => UploadTables.IsXlsx(fileName);

    public async Task<ImportReport> ImportAsync(Tenant tenant, Stream file, string? fileName, bool dryRun, CancellationToken ct = default)
    {
        var errors = new List<ImportError>();
        var rows = Parse(file, fileName, _limits, errors, ct);
        if (errors.Count > 0)
        {
            return new ImportReport(dryRun, false, rows.Count, 0, 0, errors);
        }

        return await _transaction.RunAsync(tenant, async store =>
        {
            var units = await store.Db.Units.AsNoTracking().ToListAsync(ct);
            var byFoldedName = units.GroupBy(u => VietnameseText.Fold(u.Name)).ToDictionary(g => g.Key, g => g.First().Id);
            var inputs = new List<(int Line, PersonInput Input)>();
            var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                if (ToInput(row, units, byFoldedName, errors) is not { } input)
                {
                    continue;
                }

                var key = input.Email is not null ? "e:" + input.Email : "x:" + input.ExternalId;
                if (keys.TryGetValue(key, out var first))
                {
                    errors.Add(new ImportError(row.Line, $"Trùng với dòng {first}: {(input.Email ?? input.ExternalId)} xuất hiện hai lần."));
                    continue;
                }

                keys[key] = row.Line;
                inputs.Add((row.Line, input));
            }

            if (errors.Count > 0)
            {
                return new ImportReport(dryRun, false, rows.Count, 0, 0, errors);
            }

            var created = 0;
            var updated = 0;
            var saved = new List<Person>(inputs.Count);
            store.AuditEachPerson = false;
            store.ReindexEachPerson = false;
            var batch = await PeopleBatch.LoadAsync(store, ct);
            foreach (var (line, input) in inputs)
            {
                if (dryRun)
                {
                    _ = batch.Find(input) is null ? created++ : updated++;
                    continue;
                }

                try
                {
                    var (person, isNew) = await batch.UpsertAsync(input, ct);
                    _ = isNew ? created++ : updated++;
                    saved.Add(person);
                }
                catch (DirectoryException ex)
                {
                    errors.Add(new ImportError(line, Describe(ex)));
                    return new ImportReport(dryRun, false, rows.Count, 0, 0, errors);
                }
            }

            if (!dryRun)
            {
                try
                {
                    await batch.SaveAsync(ct);
                }
                catch (DirectoryException ex)
                {
                    // A key clash the rows could not show (the database's unique indexes have the last word).
                    errors.Add(new ImportError(0, Describe(ex)));
                    return new ImportReport(dryRun, false, rows.Count, 0, 0, errors);
                }

                store.Reindex(saved);
                await store.AuditAsync("people.imported", fileName, $"{rows.Count} dòng: thêm {created}, cập nhật {updated}", ct);
            }

            return new ImportReport(dryRun, !dryRun, rows.Count, created, updated, errors);
        }, report => report.Applied, ct);
    }

    /// <summary>
    /// Reads the file into rows, streaming; a file the reader refuses (too big, too many rows, malformed, hostile)
    /// is one error at the line where it stopped, or line 0.
    /// </summary>
    public static List<ImportRow> Parse(Stream file, string? fileName, UploadLimits limits, List<ImportError> errors, CancellationToken ct = default)
    {
        var rows = new List<ImportRow>();
        List<string?>? columns = null;
        var headerLine = 0;
        try
        {
            foreach (var record in UploadTables.Read(file, fileName, limits, ct))
            {
                if (columns is null)
                {
                    columns = [.. record.Cells.Select(ImportColumns.Resolve)];
                    headerLine = record.Line;
                    continue;
                }

                if (record.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < record.Cells.Count && i < columns.Count; i++)
                {
                    if (columns[i] is { } column)
                    {
                        map[column] = record.Cells[i];
                    }
                }

                rows.Add(new ImportRow(record.Line, map));
            }
        }
        catch (UploadRejectedException ex)
        {
            errors.Add(new ImportError(ex.Line ?? 0, ex.Message));
            return [];
        }

        if (columns is null)
        {
            errors.Add(new ImportError(0, "Tệp trống: cần một dòng tiêu đề và ít nhất một dòng dữ liệu."));
            return [];
        }

        if (!columns.Contains(ImportColumns.FullName))
        {
            errors.Add(new ImportError(headerLine, "Thiếu cột 'Họ và tên' trong dòng tiêu đề."));
        }

        if (!columns.Contains(ImportColumns.Email) && !columns.Contains(ImportColumns.ExternalId))
        {
            errors.Add(new ImportError(headerLine, "Cần cột 'Email' hoặc 'Mã cán bộ' để nhận ra mỗi người khi nhập lại."));
        }

        return rows;
    }

    private static PersonInput? ToInput(ImportRow row, List<OrgUnit> units, Dictionary<string, string> byFoldedName, List<ImportError> errors)
    {
        var before = errors.Count;
        string? unitId = null;
        if (row.Get(ImportColumns.Unit) is { } unit)
        {
            unitId = units.FirstOrDefault(u => string.Equals(u.Id, unit, StringComparison.OrdinalIgnoreCase))?.Id
                ?? byFoldedName.GetValueOrDefault(VietnameseText.Fold(unit));
            if (unitId is null)
            {
                errors.Add(new ImportError(row.Line, $"Không có đơn vị '{unit}' (nhập mã hoặc tên đơn vị đã có)."));
            }
        }

        var active = ImportColumns.ParseActive(row.Get(ImportColumns.Active));
        if (active is null)
        {
            errors.Add(new ImportError(row.Line, $"Giá trị '{row.Get(ImportColumns.Active)}' ở cột 'Đang công tác' không hợp lệ (dùng: có / không)."));
        }

        var input = new PersonInput
        {
            FullName = row.Get(ImportColumns.FullName) ?? "",
            Email = row.Get(ImportColumns.Email)?.ToLowerInvariant(),
            ExternalId = row.Get(ImportColumns.ExternalId),
            UnitId = unitId,
            Position = row.Get(ImportColumns.Position),
            OfficePhone = row.Get(ImportColumns.OfficePhone),
            Mobile = row.Get(ImportColumns.Mobile),
            Room = row.Get(ImportColumns.Room),
            IsActive = active ?? true,
        };
        var checks = new Dictionary<string, List<string>>();
        ProfileRules.CheckPerson(input, checks);
        errors.AddRange(checks.SelectMany(c => c.Value).Select(m => new ImportError(row.Line, m)));
        if (input.Email is null && input.ExternalId is null)
        {
            errors.Add(new ImportError(row.Line, "Thiếu cả email lẫn mã cán bộ: không thể nhận ra người này khi nhập lại."));
        }

        return errors.Count == before ? input : null;
    }

    private static string Describe(DirectoryException ex) =>
        ex.Errors.Count == 0 ? ex.Message : string.Join(" ", ex.Errors.SelectMany(e => e.Value));
}
