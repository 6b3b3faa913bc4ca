using System.Text;
using Intranet.Core.Modules;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Services;
using Intranet.StaffDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.StaffDirectory.Controllers;

/// <summary>
/// The province-wide directory at the host root: results, the header typeahead, browsing a department and its
/// units, the org chart, profiles, vCards and CSV. Every page shows only what the reader may see.
/// </summary>
[ForFeature(DirectoryFeatures.Province)]
[Authorize]
[Route("directory")]
public sealed class ProvinceDirectoryController : Controller
{
    private const int PageSize = 50;
    private const int TypeaheadSize = 8;

    private readonly ProvinceDirectory _directory;
    private readonly DirectoryReaderContext _reader;
    private readonly PhotoStore _photos;

    public ProvinceDirectoryController(ProvinceDirectory directory, DirectoryReaderContext reader, PhotoStore photos)
    {
        _directory = directory;
        _reader = reader;
        _photos = photos;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        if (!await _reader.MayReadAsync(User, ct))
        {
            return Forbid();
        }

        var departments = _directory.Departments.DirectoryTenants().OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();
        if (string.IsNullOrWhiteSpace(q))
        {
            return View(new SearchPageModel(q, [], 0, departments, null));
        }

        var found = await _directory.SearchAsync(User, q, PageSize, typeahead: false, ct);
        return View(new SearchPageModel(q, found.Items, found.TotalHits, departments, null));
    }

    /// <summary>The header box's suggestions (an htmx partial). Anyone who may not read the directory gets an empty list.</summary>
    [HttpGet("typeahead")]
    [AllowAnonymous]
    public async Task<IActionResult> Typeahead(string? q, CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (string.IsNullOrWhiteSpace(q) || !await _reader.MayReadAsync(User, ct))
        {
            return PartialView("_Typeahead", new SearchPageModel(q, [], 0, [], null));
        }

        var found = await _directory.SearchAsync(User, q, TypeaheadSize, typeahead: true, ct);
        return PartialView("_Typeahead", new SearchPageModel(q, found.Items, found.TotalHits, [], null));
    }

    [HttpGet("{tenant}")]
    public Task<IActionResult> Department(string tenant, CancellationToken ct) => BrowseAsync(tenant, null, "Department", ct);

    [HttpGet("{tenant}/chart")]
    public Task<IActionResult> Chart(string tenant, CancellationToken ct) => BrowseAsync(tenant, null, "Chart", ct);

    [HttpGet("{tenant}/{unit}")]
    public Task<IActionResult> Unit(string tenant, string unit, CancellationToken ct) => BrowseAsync(tenant, unit, "Department", ct);

    [HttpGet("{tenant}/people/{id:int}")]
    public async Task<IActionResult> Profile(string tenant, int id, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department)
        {
            return await DeniedOrMissingAsync(ct);
        }

        if (await _directory.ProfileAsync(User, department, id, ct) is not { } found)
        {
            return NotFound();
        }

        var self = (found.Person.AccountId is { } account && account == DirectoryReaderContext.AccountId(User))
            || (found.Person.Email is { } email && string.Equals(email, DirectoryReaderContext.Email(User), StringComparison.OrdinalIgnoreCase));
        var edit = self ? (department.RequestUrlPrefix is { Length: > 0 } prefix ? "/" + prefix : "") + "/directory-profile" : null;
        return View(new ProfilePageModel(found.Entry, edit is null ? null : Request.PathBase + edit));
    }

    [HttpGet("{tenant}/people/{id:int}/photo")]
    public async Task<IActionResult> Photo(string tenant, int id, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department || await _directory.PhotoAsync(User, department, id, _photos, ct) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(photo.Data, photo.ContentType);
    }

    [HttpGet("{tenant}/people/{id:int}/vcard")]
    public async Task<IActionResult> PersonVCard(string tenant, int id, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department || await _directory.ProfileAsync(User, department, id, ct) is not { } found)
        {
            return NotFound();
        }

        var text = VCardWriter.Write([(found.Entry, await PhotoUriAsync(department, found.Entry, found.Person.PhotoContentType, ct))]);
        return VCardFile(text, found.Entry.FullName);
    }

    [HttpGet("{tenant}/vcard")]
    public Task<IActionResult> DepartmentVCards(string tenant, CancellationToken ct) => UnitVCardsAsync(tenant, null, ct);

    [HttpGet("{tenant}/{unit}/vcard")]
    public Task<IActionResult> UnitVCards(string tenant, string unit, CancellationToken ct) => UnitVCardsAsync(tenant, unit, ct);

    [HttpGet("{tenant}/csv")]
    public Task<IActionResult> DepartmentCsv(string tenant, CancellationToken ct) => CsvAsync(tenant, null, ct);

    [HttpGet("{tenant}/{unit}/csv")]
    public Task<IActionResult> UnitCsv(string tenant, string unit, CancellationToken ct) => CsvAsync(tenant, unit, ct);

    private async Task<IActionResult> BrowseAsync(string tenant, string? unit, string view, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department)
        {
            return await DeniedOrMissingAsync(ct);
        }

        var model = await _directory.DepartmentAsync(User, department, unit, ct);
        return unit is not null && model.Unit is null ? NotFound() : View(view, model);
    }

    private async Task<IActionResult> UnitVCardsAsync(string tenant, string? unit, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department)
        {
            return await DeniedOrMissingAsync(ct);
        }

        var model = await _directory.DepartmentAsync(User, department, unit, ct);
        if (unit is not null && model.Unit is null)
        {
            return NotFound();
        }

        // A unit's file leaves photos out: hundreds of embedded images would make it too heavy to import.
        var text = VCardWriter.Write(model.People.Select(p => (p, (string?)null)));
        return VCardFile(text, model.Unit?.Name ?? department.DisplayName);
    }

    private async Task<IActionResult> CsvAsync(string tenant, string? unit, CancellationToken ct)
    {
        if (await FindAsync(tenant, ct) is not { } department)
        {
            return await DeniedOrMissingAsync(ct);
        }

        var model = await _directory.DepartmentAsync(User, department, unit, ct);
        if (unit is not null && model.Unit is null)
        {
            return NotFound();
        }

        return File(DirectoryCsv.Write(model.People), DirectoryCsv.ContentType, FileName(model.Unit?.Name ?? department.DisplayName, "csv"));
    }

    private async Task<IActionResult> DeniedOrMissingAsync(CancellationToken ct) =>
        await _reader.MayReadAsync(User, ct) ? NotFound() : Forbid();

    private async Task<Tenant?> FindAsync(string tenant, CancellationToken ct) =>
        await _reader.MayReadAsync(User, ct) ? _directory.Departments.Find(tenant) : null;

    private async Task<string?> PhotoUriAsync(Tenant department, DirectoryEntry entry, string? contentType, CancellationToken ct)
    {
        if (entry.PhotoVersion is null || contentType is null || await _photos.ReadAsync(department, entry.PersonId, contentType, ct) is not { } data)
        {
            return null;
        }

        return $"data:{contentType};base64,{Convert.ToBase64String(data)}";
    }

    private FileContentResult VCardFile(string text, string name) =>
        File(Encoding.UTF8.GetBytes(text), Services.VCardWriter.ContentType, FileName(name, "vcf"));

    /// <summary>A download name: the Vietnamese name folded to ASCII (every browser keeps it), the extension added.</summary>
    private static string FileName(string name, string extension)
    {
        var folded = Search.Services.VietnameseText.Fold(name);
        var safe = new string([.. folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return (safe.Length == 0 ? "danh-ba" : safe) + "." + extension;
    }
}
