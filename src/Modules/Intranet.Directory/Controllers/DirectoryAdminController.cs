using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Intranet.StaffDirectory.Services;
using Intranet.StaffDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.StaffDirectory.Controllers;

/// <summary>Department administrators manage units and profiles, and import people from CSV/XLSX (dry run first).</summary>
[Admin]
[Authorize]
[Route("admin/directory")]
public sealed class DirectoryAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;
    private readonly DirectoryTransaction _transaction;
    private readonly DirectoryStore _store;
    private readonly PeopleImporter _importer;
    private readonly PhotoStore _photos;

    public DirectoryAdminController(IAuthorizationService authorization, ITenantAccessor tenants, DirectoryTransaction transaction,
        DirectoryStore store, PeopleImporter importer, PhotoStore photos)
    {
        _authorization = authorization;
        _tenants = tenants;
        _transaction = transaction;
        _store = store;
        _importer = importer;
        _photos = photos;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? message, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        return View(new AdminIndexModel(await _store.ListUnitsAsync(ct), await _store.ListPeopleAsync(includeInactive: true, ct: ct), message));
    }

    [HttpGet("units/new")]
    public async Task<IActionResult> NewUnit(CancellationToken ct) =>
        await MayManageAsync() ? View("UnitEdit", new UnitForm { IsNew = true, Units = await _store.ListUnitsAsync(ct) }) : Forbid();

    [HttpGet("units/{id}")]
    public async Task<IActionResult> EditUnit(string id, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (await _store.FindUnitAsync(id, ct) is not { } unit)
        {
            return NotFound();
        }

        return View("UnitEdit", new UnitForm { Id = unit.Id, Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId, SortOrder = unit.SortOrder, Units = await _store.ListUnitsAsync(ct) });
    }

    [HttpPost("units")]
    public async Task<IActionResult> SaveUnit(UnitForm form, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        var input = new UnitInput(form.Id?.Trim() ?? "", form.Name ?? "", form.Kind, string.IsNullOrWhiteSpace(form.ParentId) ? null : form.ParentId, form.SortOrder);
        try
        {
            var saved = await _transaction.RunAsync(_tenants.Required, async s => form.IsNew ? await s.CreateUnitAsync(input, ct) : await s.UpdateUnitAsync(input, ct), ct);
            if (saved is null)
            {
                return NotFound();
            }
        }
        catch (DirectoryException ex)
        {
            form.Errors = ex.Errors.Count > 0 ? ex.Errors : new Dictionary<string, string[]> { [""] = [ex.Message] };
            form.Units = await _store.ListUnitsAsync(ct);
            return View("UnitEdit", form);
        }

        return RedirectToAction(nameof(Index), new { message = "Đã lưu đơn vị." });
    }

    [HttpPost("units/{id}/delete")]
    public async Task<IActionResult> DeleteUnit(string id, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        try
        {
            return await _transaction.RunAsync(_tenants.Required, s => s.DeleteUnitAsync(id, ct), ct)
                ? RedirectToAction(nameof(Index), new { message = "Đã xoá đơn vị." })
                : NotFound();
        }
        catch (DirectoryException ex)
        {
            return RedirectToAction(nameof(Index), new { message = ex.Message });
        }
    }

    [HttpGet("people/new")]
    public async Task<IActionResult> NewPerson(CancellationToken ct) =>
        await MayManageAsync() ? View("PersonEdit", new PersonForm { Units = await _store.ListUnitsAsync(ct) }) : Forbid();

    [HttpGet("people/{id:int}")]
    public async Task<IActionResult> EditPerson(int id, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (await _store.FindPersonAsync(id, ct) is not { } person)
        {
            return NotFound();
        }

        var form = PersonForm.From(person);
        form.Units = await _store.ListUnitsAsync(ct);
        return View("PersonEdit", form);
    }

    [HttpPost("people")]
    public async Task<IActionResult> SavePerson(PersonForm form, IFormFile? photo, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        var tenant = _tenants.Required;
        var errors = new Dictionary<string, string[]>();
        byte[]? data = null;
        string? type = null;
        if (photo is { Length: > 0 })
        {
            data = await MyProfileController.ReadAsync(photo, ct);
            (type, var error) = PhotoStore.Inspect(data);
            if (type is null)
            {
                errors["photo"] = [error!];
            }
        }

        try
        {
            if (errors.Count > 0)
            {
                throw new DirectoryException("Ảnh không hợp lệ.", errors);
            }

            var saved = await _transaction.RunAsync(tenant, async s =>
            {
                var person = form.Id is { } id ? await s.UpdatePersonAsync(id, form.ToInput(), ct) : await s.CreatePersonAsync(form.ToInput(), ct);
                if (person is not null && data is not null && type is not null)
                {
                    await _photos.SaveAsync(tenant, person.Id, data, type, ct);
                    person.PhotoContentType = type;
                    person.PhotoVersion++;
                    await s.SavePersonAsync(person, ct);
                }

                return person;
            }, ct);
            if (saved is null)
            {
                return NotFound();
            }
        }
        catch (DirectoryException ex)
        {
            form.Errors = ex.Errors.Count > 0 ? ex.Errors : new Dictionary<string, string[]> { [""] = [ex.Message] };
            form.Units = await _store.ListUnitsAsync(ct);
            return View("PersonEdit", form);
        }

        return RedirectToAction(nameof(Index), new { message = "Đã lưu hồ sơ." });
    }

    [HttpPost("people/{id:int}/delete")]
    public async Task<IActionResult> DeletePerson(int id, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (!await _transaction.RunAsync(_tenants.Required, s => s.DeletePersonAsync(id, ct), ct))
        {
            return NotFound();
        }

        _photos.Delete(_tenants.Required, id);
        return RedirectToAction(nameof(Index), new { message = "Đã xoá hồ sơ." });
    }

    [HttpGet("import")]
    public async Task<IActionResult> Import() => await MayManageAsync() ? View(new ImportPageModel(null, null)) : Forbid();

    /// <summary>Checks (dry run) or imports the uploaded file; a file with any error writes nothing.</summary>
    [HttpPost("import")]
    [RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, bool dryRun, CancellationToken ct)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            return View(new ImportPageModel(new ImportReport(dryRun, false, 0, 0, 0, [new ImportError(0, "Chưa chọn tệp CSV hoặc XLSX.")]), null));
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        var report = await _importer.ImportAsync(_tenants.Required, stream, file.FileName, dryRun, ct);
        return View(new ImportPageModel(report, file.FileName));
    }

    private Task<bool> MayManageAsync() => _authorization.AuthorizeAsync(User, Permissions.ManageDirectory);
}
