using Intranet.Core.OrgUnits;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Records;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The HR officer's pages for the department's records: the list (CCCD masked), a record by group as of a date,
/// the identity form, and effective-dated rows with their decision and scan. Every action checks its permission
/// in the current department; bad input comes back on the form in Vietnamese with a 400.
/// </summary>
[Admin]
[Authorize]
[NoStore]
[Route("admin/hr")]
public sealed class RecordsAdminController : Controller
{
    private readonly HrAccess _access;
    private readonly ITenantAccessor _tenants;
    private readonly RecordStore _store;
    private readonly RecordReader _reader;
    private readonly RecordTransaction _transaction;
    private readonly ScanStore _scans;

    public RecordsAdminController(HrAccess access, ITenantAccessor tenants, RecordStore store, RecordReader reader, RecordTransaction transaction, ScanStore scans)
    {
        _access = access;
        _tenants = tenants;
        _store = store;
        _reader = reader;
        _transaction = transaction;
        _scans = scans;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? unit, string? status, string? rank, string? asOf, string? page, CancellationToken ct)
    {
        if (!await _access.MayReadAsync(User, HrGroup.Basic))
        {
            return Forbid();
        }

        var salary = await _access.MayReadAsync(User, HrGroup.Salary);
        var reader = new InputReader();
        var date = reader.Date("asOf", asOf, "ngày xem");
        var statusValue = reader.Choice<StaffStatus>("status", status, "trạng thái");
        var pageValue = reader.Whole("page", page, "trang", 1, 100_000) ?? 1;
        var search = reader.Text("q", q, "từ khoá", 100);
        var result = reader.Errors.Count > 0 ? null : await _store.ListAsync(new RecordFilter
        {
            Search = search,
            UnitId = unit,
            Status = statusValue,
            RankCode = salary ? rank : null,
            AsOf = date,
            Page = pageValue,
        }, ct);
        if (result is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new RecordListModel
        {
            Q = q,
            Unit = unit,
            Status = status,
            Rank = salary ? rank : null,
            AsOf = asOf,
            Page = result,
            Units = await UnitsAsync(ct),
            ShowSalary = salary,
            MayEdit = await _access.MayAsync(User, Permissions.EditHrRecords),
            Errors = reader.Errors,
        });
    }

    [HttpGet("records/{id:int}")]
    public async Task<IActionResult> Record(int id, string? asOf, string? message, CancellationToken ct)
    {
        var reader = new InputReader();
        var date = reader.Date("asOf", asOf, "ngày xem");
        var (outcome, view) = await _reader.ReadAsync(User, id, date ?? HrDates.Today(), null, ct);
        if (outcome == ReadOutcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome == ReadOutcome.NotFound)
        {
            return NotFound();
        }

        if (reader.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            message = string.Join(" ", reader.Errors.Values.SelectMany(e => e)) + " Đang hiển thị hồ sơ tại ngày hôm nay.";
        }

        return View(new RecordDetailModel
        {
            View = view!,
            AsOf = date is null ? HrDates.Show(HrDates.Today()) : HrDates.Show(date),
            MayEdit = await _access.MayAsync(User, Permissions.EditHrRecords),
            Message = message is { Length: <= 500 } ? message : null,
            Warnings = TempData["Hr.Warnings"] is string w ? w.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [],
        });
    }

    [HttpGet("records/new")]
    public async Task<IActionResult> New() =>
        await MayEditAsync(HrGroup.Basic) ? View("Identity", new IdentityForm { Input = new IdentityInput { Status = nameof(StaffStatus.Active), Category = nameof(StaffCategory.CivilServant) } }) : Forbid();

    [HttpPost("records/new")]
    public Task<IActionResult> Create(IdentityInput input, CancellationToken ct) => SaveIdentityAsync(null, input, ct);

    [HttpGet("records/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (!await MayEditAsync(HrGroup.Basic))
        {
            return Forbid();
        }

        return await _store.FindAsync(id, ct) is { } record ? View("Identity", new IdentityForm { Id = id, Input = IdentityMapper.From(record) }) : NotFound();
    }

    [HttpPost("records/{id:int}/edit")]
    public Task<IActionResult> Update(int id, IdentityInput input, CancellationToken ct) => SaveIdentityAsync(id, input, ct);

    [HttpGet("records/{id:int}/{kind}/new")]
    public async Task<IActionResult> NewRow(int id, string kind, CancellationToken ct)
    {
        if (CareerKinds.Parse(kind) is not { } k)
        {
            return NotFound();
        }

        if (!await MayEditAsync(CareerKinds.Group(k)))
        {
            return Forbid();
        }

        return await _store.FindAsync(id, ct) is { } record
            ? View("Row", new RowForm { RecordId = id, RecordName = record.FullName, Kind = k, Units = await UnitsAsync(ct) })
            : NotFound();
    }

    [HttpGet("records/{id:int}/{kind}/{rowId:int}")]
    public async Task<IActionResult> EditRow(int id, string kind, int rowId, CancellationToken ct)
    {
        if (CareerKinds.Parse(kind) is not { } k)
        {
            return NotFound();
        }

        if (!await MayEditAsync(CareerKinds.Group(k)))
        {
            return Forbid();
        }

        if (await _store.FindAsync(id, ct) is not { } record || await _store.FindRowAsync(id, k, rowId, ct) is not { } row)
        {
            return NotFound();
        }

        return View("Row", new RowForm
        {
            RecordId = id, RecordName = record.FullName, Kind = k, RowId = rowId, Input = CareerRowInputs.From(row),
            ScanFileName = row.Decision.ScanFileName, Units = await UnitsAsync(ct),
        });
    }

    /// <summary>Adds (rowId "new") or corrects a row; the scan is optional and checked by its bytes.</summary>
    [HttpPost("records/{id:int}/{kind}/{rowId}")]
    [RequestSizeLimit(ScanStore.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ScanStore.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> SaveRow(int id, string kind, string rowId, CareerRowInput input, IFormFile? scan, CancellationToken ct)
    {
        int? existing = rowId == "new" ? null : int.TryParse(rowId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (CareerKinds.Parse(kind) is not { } k || existing == -1)
        {
            return NotFound();
        }

        if (!await MayEditAsync(CareerKinds.Group(k)))
        {
            return Forbid();
        }

        if (await _store.FindAsync(id, ct) is not { } record)
        {
            return NotFound();
        }

        try
        {
            var file = await ReadScanAsync(scan, ct);
            var actor = RecordsApiController.ActorOf(User);
            var saved = await _transaction.RunAsync(_tenants.Required, w => existing is { } rid
                ? w.CorrectRowAsync(id, k, rid, input, actor, file, ct)
                : w.AddRowAsync(id, k, input, actor, file, ct), ct);
            if (saved is null)
            {
                return NotFound();
            }
        }
        catch (RecordValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var current = existing is { } rid ? await _store.FindRowAsync(id, k, rid, ct) : null;
            return View("Row", new RowForm
            {
                RecordId = id, RecordName = record.FullName, Kind = k, RowId = existing, Input = input, ScanFileName = current?.Decision.ScanFileName,
                Units = await UnitsAsync(ct), Errors = ex.Errors.Count > 0 ? ex.Errors : new Dictionary<string, string[]> { [""] = [ex.Message] },
            });
        }

        return Redirect(HttpContext.TenantUrl($"/admin/hr/records/{id}?message=" + Uri.EscapeDataString(existing is null ? "Đã ghi quyết định." : "Đã đính chính.")));
    }

    [HttpGet("records/{id:int}/{kind}/{rowId:int}/scan")]
    public async Task<IActionResult> Scan(int id, string kind, int rowId, CancellationToken ct)
    {
        if (CareerKinds.Parse(kind) is not { } k)
        {
            return NotFound();
        }

        if (!await _access.MayReadAsync(User, HrGroup.Basic) || !await _access.MayReadAsync(User, CareerKinds.Group(k)))
        {
            return Forbid();
        }

        return await _store.FindRowAsync(id, k, rowId, ct) is { } row && await _scans.ReadAsync(_tenants.Required, row.Decision.ScanId, ct) is { } file
            ? File(file.Data, file.ContentType, row.Decision.ScanFileName ?? ScanStore.DownloadName(null, file.ContentType))
            : NotFound();
    }

    private const string PersonalSlugs = "^(family|political|assets|health|history)$";

    /// <summary>Add (rowId "new") or correct a row of a non-dated group; the constrained route wins over the career rows'.</summary>
    [HttpGet("records/{id:int}/{kind:regex(" + PersonalSlugs + ")}/{rowId}")]
    public async Task<IActionResult> PersonalRow(int id, string kind, string rowId, CancellationToken ct)
    {
        int? existing = rowId == "new" ? null : int.TryParse(rowId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (PersonalKinds.Parse(kind) is not { } k || existing == -1)
        {
            return NotFound();
        }

        if (!await MayEditAsync(PersonalKinds.Group(k)))
        {
            return Forbid();
        }

        if (await _store.FindAsync(id, ct) is not { } record)
        {
            return NotFound();
        }

        var input = new PersonalRowInput();
        if (existing is { } rid)
        {
            if (await _store.FindPersonalRowAsync(id, k, rid, ct) is not { } row)
            {
                return NotFound();
            }

            input = PersonalRowMapper.From(row);
        }

        return View("Personal", new PersonalForm { RecordId = id, RecordName = record.FullName, Kind = k, RowId = existing, Input = input });
    }

    [HttpPost("records/{id:int}/{kind:regex(" + PersonalSlugs + ")}/{rowId}")]
    public async Task<IActionResult> SavePersonalRow(int id, string kind, string rowId, PersonalRowInput input, CancellationToken ct)
    {
        int? existing = rowId == "new" ? null : int.TryParse(rowId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (PersonalKinds.Parse(kind) is not { } k || existing == -1)
        {
            return NotFound();
        }

        if (!await MayEditAsync(PersonalKinds.Group(k)))
        {
            return Forbid();
        }

        if (await _store.FindAsync(id, ct) is not { } record)
        {
            return NotFound();
        }

        try
        {
            var saved = await _transaction.RunAsync(_tenants.Required, w => existing is { } rid
                ? w.CorrectPersonalAsync(id, k, rid, input, ct)
                : w.AddPersonalAsync(id, k, input, ct), ct);
            if (saved is null)
            {
                return NotFound();
            }
        }
        catch (RecordValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Personal", new PersonalForm
            {
                RecordId = id, RecordName = record.FullName, Kind = k, RowId = existing, Input = input,
                Errors = ex.Errors.Count > 0 ? ex.Errors : new Dictionary<string, string[]> { [""] = [ex.Message] },
            });
        }

        return Redirect(HttpContext.TenantUrl($"/admin/hr/records/{id}?message=" + Uri.EscapeDataString(existing is null ? "Đã thêm." : "Đã sửa.")));
    }

    /// <summary>Removes a row entered by mistake (a form button, so antiforgery applies). No route constraint on the kind: an unknown one must still meet the sign-in check first.</summary>
    [HttpPost("records/{id:int}/{kind}/{rowId:int}/delete")]
    public async Task<IActionResult> RemovePersonalRow(int id, string kind, int rowId, CancellationToken ct)
    {
        if (PersonalKinds.Parse(kind) is not { } k)
        {
            return NotFound();
        }

        if (!await MayEditAsync(PersonalKinds.Group(k)))
        {
            return Forbid();
        }

        return await _transaction.RunAsync(_tenants.Required, w => w.RemovePersonalAsync(id, k, rowId, ct), ct)
            ? Redirect(HttpContext.TenantUrl($"/admin/hr/records/{id}?message=" + Uri.EscapeDataString("Đã xoá.")))
            : NotFound();
    }

    private async Task<IActionResult> SaveIdentityAsync(int? id, IdentityInput input, CancellationToken ct)
    {
        if (!await MayEditAsync(HrGroup.Basic))
        {
            return Forbid();
        }

        try
        {
            var saved = await _transaction.RunAsync(_tenants.Required, async w => id is { } existing ? await w.UpdateAsync(existing, input, ct) : await w.CreateAsync(input, ct), ct);
            if (saved is not { } result)
            {
                return NotFound();
            }

            if (result.Warnings.Count > 0)
            {
                TempData["Hr.Warnings"] = string.Join('\n', result.Warnings);
            }

            return Redirect(HttpContext.TenantUrl($"/admin/hr/records/{result.Record.Id}?message=" + Uri.EscapeDataString("Đã lưu hồ sơ.")));
        }
        catch (RecordValidationException ex)
        {
            Response.StatusCode = ex.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return View("Identity", new IdentityForm { Id = id, Input = input, Errors = ex.Errors.Count > 0 ? ex.Errors : new Dictionary<string, string[]> { [""] = [ex.Message] } });
        }
    }

    private static async Task<ScanFile?> ReadScanAsync(IFormFile? scan, CancellationToken ct)
    {
        if (scan is null || scan.Length == 0)
        {
            return null;
        }

        if (scan.Length > ScanStore.MaxBytes)
        {
            throw new RecordValidationException("Bản quét quá lớn.", new Dictionary<string, string[]> { ["scan"] = [$"Bản quét lớn quá {ScanStore.MaxBytes / 1024 / 1024} MB."] });
        }

        await using var stream = scan.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return new ScanFile(buffer.ToArray(), scan.FileName);
    }

    private async Task<bool> MayEditAsync(HrGroup group) =>
        await _access.MayAsync(User, Permissions.EditHrRecords) && await _access.MayReadAsync(User, HrGroup.Basic) && await _access.MayReadAsync(User, group);

    private async Task<IReadOnlyList<OrgUnitInfo>> UnitsAsync(CancellationToken ct) =>
        HttpContext.RequestServices.GetService<IOrgUnitDirectory>() is { } units ? await units.ListUnitsAsync(_tenants.Required.Name, ct) : [];
}
