using System.Security.Claims;
using Intranet.Core.Staff;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.Hr.Models;
using Intranet.Hr.Services;
using Intranet.Hr.Services.Records;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The department's records for HR software and scripts (<c>/{tenant}/api/hr/records</c>). Every action checks its
/// permission in the current department; a record of another department is simply not in this database. Reads
/// return only the groups the caller may read; sensitive ones are audited.
/// </summary>
[ApiController]
[Authorize]
[NoStore]
[IgnoreAntiforgeryToken]
[Route("api/hr/records")]
public sealed class RecordsApiController : ControllerBase
{
    private readonly HrAccess _access;
    private readonly ITenantAccessor _tenants;
    private readonly RecordStore _store;
    private readonly RecordReader _reader;
    private readonly RecordTransaction _transaction;
    private readonly ScanStore _scans;

    public RecordsApiController(HrAccess access, ITenantAccessor tenants, RecordStore store, RecordReader reader, RecordTransaction transaction, ScanStore scans)
    {
        _access = access;
        _tenants = tenants;
        _store = store;
        _reader = reader;
        _transaction = transaction;
        _scans = scans;
    }

    private const string PersonalSlugs = "^(family|political|assets|health|history)$";

    private string BasePath => HttpContext.TenantUrl("/api/hr/records");

    /// <summary>The list (CCCD masked): <c>?q=&amp;unit=&amp;status=&amp;rank=&amp;asOf=yyyy-MM-dd&amp;page=&amp;pageSize=</c>.</summary>
    [HttpGet("")]
    public async Task<IActionResult> List([FromQuery] string? q, [FromQuery] string? unit, [FromQuery] string? status, [FromQuery] string? rank,
        [FromQuery] string? asOf, [FromQuery] string? page, [FromQuery] string? pageSize, CancellationToken ct)
    {
        if (!await _access.MayReadAsync(User, HrGroup.Basic))
        {
            return Problem(403, "Không có quyền xem hồ sơ cán bộ của đơn vị này.");
        }

        var salary = await _access.MayReadAsync(User, HrGroup.Salary);
        if (!string.IsNullOrWhiteSpace(rank) && !salary)
        {
            return Problem(403, "Lọc theo ngạch cần quyền xem thông tin lương.");
        }

        var reader = new InputReader();
        var date = reader.Date("asOf", asOf, "ngày xem");
        var statusValue = reader.Choice<StaffStatus>("status", status, "trạng thái");
        var pageValue = reader.Whole("page", page, "trang", 1, 100_000) ?? 1;
        var size = reader.Whole("pageSize", pageSize, "số dòng mỗi trang", 1, RecordFilter.MaxPageSize) ?? 50;
        var search = reader.Text("q", q, "từ khoá", 100);
        if (reader.Errors.Count > 0)
        {
            return Validation(reader.Errors);
        }

        var result = await _store.ListAsync(new RecordFilter { Search = search, UnitId = unit, Status = statusValue, RankCode = rank, AsOf = date, Page = pageValue, PageSize = size }, ct);
        return Ok(new
        {
            asOf = HrDates.Iso(result.AsOf),
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
            items = result.Items.Select(i => new
            {
                id = i.Id,
                fullName = i.FullName,
                personalId = i.MaskedPersonalId,
                birthDate = HrDates.Iso(i.BirthDate),
                sex = i.Sex.ToString(),
                status = i.Status.ToString(),
                unitId = i.UnitId,
                unitName = i.UnitName,
                post = i.Post,
                rankCode = salary ? i.RankCode : null,
                step = salary ? i.Step : null,
            }),
        });
    }

    /// <summary>A record as of a date (<c>?asOf=yyyy-MM-dd</c>, default today), with the groups asked for (<c>?groups=basic,salary</c>) or all the caller may read.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id, [FromQuery] string? asOf, [FromQuery] string? groups, CancellationToken ct)
    {
        var reader = new InputReader();
        var date = reader.Date("asOf", asOf, "ngày xem");
        var (requested, groupError) = RecordReader.ParseGroups(groups);
        if (groupError is not null)
        {
            reader.Fail("groups", groupError);
        }

        if (!await _access.MayReadAsync(User, HrGroup.Basic))
        {
            return Problem(403, "Không có quyền xem hồ sơ cán bộ của đơn vị này.");
        }

        if (reader.Errors.Count > 0)
        {
            return Validation(reader.Errors);
        }

        var (outcome, view) = await _reader.ReadAsync(User, id, date ?? HrDates.Today(), requested, ct);
        return outcome switch
        {
            ReadOutcome.Found => Ok(RecordJson.Full(view!, BasePath)),
            ReadOutcome.Forbidden => Problem(403, "Không có quyền xem nhóm thông tin được yêu cầu."),
            _ => Problem(404, $"Không có hồ sơ số {id} trong đơn vị."),
        };
    }

    /// <summary>Creates a record from its identity group; CCCD warnings come back in <c>warnings</c>.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Create(IdentityInput? input, CancellationToken ct)
    {
        if (await DeniedAsync(HrGroup.Basic) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
        {
            var (record, warnings) = await w.CreateAsync(input ?? new IdentityInput(), ct);
            var body = RecordJson.Identity(record);
            body["warnings"] = new System.Text.Json.Nodes.JsonArray([.. warnings.Select(x => (System.Text.Json.Nodes.JsonNode)x)]);
            return Created($"{BasePath}/{record.Id}", body);
        });
    }

    /// <summary>Replaces the identity group of a record.</summary>
    [HttpPut("{id:int}")]
    public async Task<IActionResult> Update(int id, IdentityInput? input, CancellationToken ct)
    {
        if (await DeniedAsync(HrGroup.Basic) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
        {
            if (await w.UpdateAsync(id, input ?? new IdentityInput(), ct) is not { } saved)
            {
                return Problem(404, $"Không có hồ sơ số {id} trong đơn vị.");
            }

            var body = RecordJson.Identity(saved.Record);
            body["warnings"] = new System.Text.Json.Nodes.JsonArray([.. saved.Warnings.Select(x => (System.Text.Json.Nodes.JsonNode)x)]);
            return Ok(body);
        });
    }

    /// <summary>Adds an effective-dated row of a kind (salary, allowances, postings, ratings, awards, disciplines, qualifications) with its decision.</summary>
    [HttpPost("{id:int}/{kind}")]
    public async Task<IActionResult> AddRow(int id, string kind, CareerRowInput? input, CancellationToken ct)
    {
        if (CareerKinds.Parse(kind) is not { } k)
        {
            return await UnknownKindAsync(kind);
        }

        if (await DeniedAsync(CareerKinds.Group(k)) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
            await w.AddRowAsync(id, k, input ?? new CareerRowInput(), ActorOf(User), null, ct) is { } row
                ? Created($"{BasePath}/{id}", RecordJson.Row(row, k, BasePath))
                : Problem(404, $"Không có hồ sơ số {id} trong đơn vị."));
    }

    /// <summary>Corrects a row of a non-dated group (family, political, assets, health, history) in place.</summary>
    [HttpPut("{id:int}/{kind}/{rowId:int}")]
    public async Task<IActionResult> CorrectPersonal(int id, string kind, int rowId, PersonalRowInput? input, CancellationToken ct)
    {
        if (PersonalKinds.Parse(kind) is not { } k)
        {
            return await UnknownKindAsync(kind, personalOnly: true);
        }

        if (await DeniedAsync(PersonalKinds.Group(k)) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
            await w.CorrectPersonalAsync(id, k, rowId, input ?? new PersonalRowInput(), ct) is { } row
                ? Ok(RecordJson.Personal(row))
                : Problem(404, $"Không có dòng số {rowId} trong hồ sơ số {id}."));
    }

    /// <summary>Removes a row of a non-dated group entered by mistake (204).</summary>
    [HttpDelete("{id:int}/{kind}/{rowId:int}")]
    public async Task<IActionResult> RemovePersonal(int id, string kind, int rowId, CancellationToken ct)
    {
        if (PersonalKinds.Parse(kind) is not { } k)
        {
            return await UnknownKindAsync(kind, personalOnly: true);
        }

        if (await DeniedAsync(PersonalKinds.Group(k)) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
            await w.RemovePersonalAsync(id, k, rowId, ct)
                ? NoContent()
                : Problem(404, $"Không có dòng số {rowId} trong hồ sơ số {id}."));
    }

    /// <summary>The decision scan of a row, to readers of the row's group only.</summary>
    [HttpGet("{id:int}/{kind}/{rowId:int}/scan")]
    public async Task<IActionResult> Scan(int id, string kind, int rowId, CancellationToken ct)
    {
        var k = CareerKinds.Parse(kind);
        if (!await _access.MayReadAsync(User, k is { } known ? CareerKinds.Group(known) : HrGroup.Basic))
        {
            return Problem(403, "Không có quyền xem bản quét này.");
        }

        return k is not null && await _store.FindRowAsync(id, k.Value, rowId, ct) is { } row && await _scans.ReadAsync(_tenants.Required, row.Decision.ScanId, ct) is { } scan
            ? File(scan.Data, scan.ContentType, row.Decision.ScanFileName ?? ScanStore.DownloadName(null, scan.ContentType))
            : Problem(404, "Không có bản quét.");
    }

    /// <summary>Adds a row of a non-dated group (family, political, assets, health, history); the constrained route wins over <see cref="AddRow"/>.</summary>
    [HttpPost("{id:int}/{kind:regex(" + PersonalSlugs + ")}")]
    public async Task<IActionResult> AddPersonal(int id, string kind, PersonalRowInput? input, CancellationToken ct)
    {
        if (PersonalKinds.Parse(kind) is not { } k)
        {
            return await UnknownKindAsync(kind, personalOnly: true);
        }

        if (await DeniedAsync(PersonalKinds.Group(k)) is { } denied)
        {
            return denied;
        }

        return await ChangeAsync(async w =>
            await w.AddPersonalAsync(id, k, input ?? new PersonalRowInput(), ct) is { } row
                ? Created($"{BasePath}/{id}", RecordJson.Personal(row))
                : Problem(404, $"Không có hồ sơ số {id} trong đơn vị."));
    }

    private async Task<IActionResult> UnknownKindAsync(string kind, bool personalOnly = false)
    {
        if (!await _access.MayReadAsync(User, HrGroup.Basic))
        {
            return Problem(403, "Không có quyền sửa hồ sơ cán bộ của đơn vị này.");
        }

        var slugs = personalOnly
            ? PersonalKinds.All.Select(PersonalKinds.Slug)
            : CareerKinds.All.Select(CareerKinds.Slug).Concat(PersonalKinds.All.Select(PersonalKinds.Slug));
        return Problem(404, $"Không có loại '{(kind.Length > 30 ? kind[..30] : kind)}'. Dùng: {string.Join(", ", slugs)}.");
    }

    internal static string? ActorOf(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? user.Identity?.Name;

    /// <summary>Writing needs the edit permission and the read permission of the group written (a salary row shows salary).</summary>
    private async Task<IActionResult?> DeniedAsync(HrGroup group) =>
        await _access.MayAsync(User, Permissions.EditHrRecords) && await _access.MayReadAsync(User, group)
            ? null
            : Problem(403, "Không có quyền sửa hồ sơ cán bộ của đơn vị này.");

    private async Task<IActionResult> ChangeAsync(Func<RecordWriter, Task<IActionResult>> change)
    {
        try
        {
            return await _transaction.RunAsync(_tenants.Required, change);
        }
        catch (RecordValidationException ex) when (ex.IsConflict)
        {
            return Problem(409, ex.Message);
        }
        catch (RecordValidationException ex)
        {
            return Validation(ex.Errors, ex.Message);
        }
    }

    private static ObjectResult Validation(IReadOnlyDictionary<string, string[]> errors, string? detail = null)
    {
        var problem = new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = 400,
            Title = ApiProblems.TitleFor(400),
            Detail = detail ?? string.Join(" ", errors.Values.SelectMany(v => v)),
        };
        return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
    }

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
