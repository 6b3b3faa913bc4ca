using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.StaffDirectory.Models;
using Intranet.StaffDirectory.Recipes;
using Intranet.StaffDirectory.Services;
using Intranet.StaffDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.StaffDirectory.Controllers;

/// <summary>
/// A department's units and people for administrators' scripts (<c>/{tenant}/api/directory/…</c>). Reading needs
/// ViewDirectory in the department (non-managers get trimmed entries); every change needs ManageDirectory there.
/// </summary>
[ApiController]
[Authorize]
[IgnoreAntiforgeryToken]
[Route("api/directory")]
public sealed class DirectoryApiController : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;
    private readonly DirectoryTransaction _transaction;
    private readonly DirectoryStore _store;
    private readonly PeopleImporter _importer;

    public DirectoryApiController(IAuthorizationService authorization, ITenantAccessor tenants, DirectoryTransaction transaction, DirectoryStore store, PeopleImporter importer)
    {
        _authorization = authorization;
        _tenants = tenants;
        _transaction = transaction;
        _store = store;
        _importer = importer;
    }

    [HttpGet("units")]
    public async Task<IActionResult> ListUnits(CancellationToken ct) =>
        await AllowedAsync(Permissions.ViewDirectory) ?? Ok((await _store.ListUnitsAsync(ct)).Select(UnitModel.From));

    [HttpGet("units/{id}")]
    public async Task<IActionResult> GetUnit(string id, CancellationToken ct) =>
        await AllowedAsync(Permissions.ViewDirectory)
        ?? (await _store.FindUnitAsync(id, ct) is { } unit ? Ok(UnitModel.From(unit)) : NotFoundProblem($"Không có đơn vị '{id}'."));

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("units")]
    public async Task<IActionResult> CreateUnit(UnitModel model, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
        {
            var unit = await s.CreateUnitAsync(ToInput(model, model.Id), ct);
            return Created(HttpContext.TenantUrl("/api/directory/units/" + unit.Id), UnitModel.From(unit));
        });

    [HttpPut("units/{id}")]
    public async Task<IActionResult> UpdateUnit(string id, UnitModel model, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
            await s.UpdateUnitAsync(ToInput(model, id), ct) is { } unit ? Ok(UnitModel.From(unit)) : NotFoundProblem($"Không có đơn vị '{id}'."));

    [HttpDelete("units/{id}")]
    public async Task<IActionResult> DeleteUnit(string id, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
            await s.DeleteUnitAsync(id, ct) ? NoContent() : NotFoundProblem($"Không có đơn vị '{id}'."));

    [HttpGet("people")]
    public async Task<IActionResult> ListPeople([FromQuery] string? unit, [FromQuery] bool includeInactive = false, CancellationToken ct = default)
    {
        if (await AllowedAsync(Permissions.ViewDirectory) is { } denied)
        {
            return denied;
        }

        var manager = await _authorization.AuthorizeAsync(User, Permissions.ManageDirectory);
        var people = await _store.ListPeopleAsync(unit, includeInactive && manager, ct);
        return Ok(people.Select(p => manager ? PersonResponse.Full(p) : PersonResponse.Trimmed(Trim(p))));
    }

    [HttpGet("people/{id:int}")]
    public async Task<IActionResult> GetPerson(int id, CancellationToken ct)
    {
        if (await AllowedAsync(Permissions.ViewDirectory) is { } denied)
        {
            return denied;
        }

        var manager = await _authorization.AuthorizeAsync(User, Permissions.ManageDirectory);
        var person = await _store.FindPersonAsync(id, ct);
        if (person is null || (!manager && !person.IsListed))
        {
            return NotFoundProblem($"Không có hồ sơ số {id}.");
        }

        return Ok(manager ? PersonResponse.Full(person) : PersonResponse.Trimmed(Trim(person)));
    }

    [ProducesResponseType(StatusCodes.Status201Created)]
    [HttpPost("people")]
    public async Task<IActionResult> CreatePerson(PersonRecipeModel model, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
        {
            var person = await s.CreatePersonAsync(PeopleStep.ToInput(model), ct);
            return Created(HttpContext.TenantUrl("/api/directory/people/" + person.Id), PersonResponse.Full(person));
        });

    [HttpPut("people/{id:int}")]
    public async Task<IActionResult> UpdatePerson(int id, PersonRecipeModel model, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
            await s.UpdatePersonAsync(id, PeopleStep.ToInput(model), ct) is { } person ? Ok(PersonResponse.Full(person)) : NotFoundProblem($"Không có hồ sơ số {id}."));

    [HttpDelete("people/{id:int}")]
    public async Task<IActionResult> DeletePerson(int id, CancellationToken ct) =>
        await AllowedAsync(Permissions.ManageDirectory) ?? await ChangeAsync(async s =>
            await s.DeletePersonAsync(id, ct) ? NoContent() : NotFoundProblem($"Không có hồ sơ số {id}."));

    /// <summary>Multipart upload of a CSV or XLSX file; <c>dryRun=true</c> checks and counts without writing.</summary>
    [HttpPost("import")]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, [FromQuery] bool dryRun = false, CancellationToken ct = default)
    {
        if (await AllowedAsync(Permissions.ManageDirectory) is { } denied)
        {
            return denied;
        }

        if (file is null || file.Length == 0)
        {
            return Problem(400, "Cần gửi một tệp CSV hoặc XLSX trong trường 'file' (multipart/form-data).");
        }

        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !PeopleImporter.IsXlsx(file.FileName))
        {
            return Problem(415, "Chỉ nhận tệp .csv hoặc .xlsx.");
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var report = await _importer.ImportAsync(_tenants.Required, stream, file.FileName, dryRun, ct);
        if (report.Errors.Count > 0)
        {
            var problem = ApiProblems.Create(422, $"Tệp có {report.Errors.Count} lỗi; chưa ghi gì. Sửa các dòng được nêu rồi gửi lại.");
            problem.Extensions["errors"] = report.Errors.Select(e => new { line = e.Line, message = e.Message }).ToList();
            problem.Extensions["rows"] = report.Rows;
            return new ObjectResult(problem) { StatusCode = 422, ContentTypes = { "application/problem+json" } };
        }

        return Ok(report);
    }

    private DirectoryEntry Trim(Person p) => VisibleField.Trim(_tenants.Required.Name, _tenants.Required.DisplayName, p, null, readerIsMember: true);

    private static UnitInput ToInput(UnitModel model, string? id)
    {
        var kind = OrgUnitKinds.TryParse(model.Kind, out var parsed) ? parsed : OrgUnitKind.Khac;
        return new UnitInput(id ?? "", model.Name ?? "", kind, string.IsNullOrWhiteSpace(model.Parent) ? null : model.Parent, model.Order ?? 0);
    }

    private async Task<IActionResult?> AllowedAsync(Intranet.Core.Security.Permission permission) =>
        await _authorization.AuthorizeAsync(User, permission) ? null : Problem(403, "Không có quyền thực hiện thao tác này trong đơn vị.");

    private async Task<IActionResult> ChangeAsync(Func<DirectoryStore, Task<IActionResult>> change)
    {
        try
        {
            return await _transaction.RunAsync(_tenants.Required, change, result => result is ObjectResult { StatusCode: < 300 } or NoContentResult or CreatedResult);
        }
        catch (DirectoryException ex) when (ex.IsConflict)
        {
            return Problem(409, ex.Message);
        }
        catch (DirectoryException ex)
        {
            var problem = new ValidationProblemDetails(ex.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = 400,
                Title = ApiProblems.TitleFor(400),
                Detail = ex.Message,
            };
            return new ObjectResult(problem) { StatusCode = 400, ContentTypes = { "application/problem+json" } };
        }
    }

    private ObjectResult NotFoundProblem(string detail) => Problem(404, detail);

    private static ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
