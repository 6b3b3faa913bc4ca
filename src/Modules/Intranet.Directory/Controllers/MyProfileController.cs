using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.StaffDirectory.Services;
using Intranet.StaffDirectory.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.StaffDirectory.Controllers;

/// <summary>A person edits what they may of their own profile in this department: phones, room, photo, who sees what.</summary>
[Authorize]
[Route("directory-profile")]
public sealed class MyProfileController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly ITenantAccessor _tenants;
    private readonly DirectoryTransaction _transaction;
    private readonly DirectoryStore _store;
    private readonly PhotoStore _photos;

    public MyProfileController(IAuthorizationService authorization, ITenantAccessor tenants, DirectoryTransaction transaction, DirectoryStore store, PhotoStore photos)
    {
        _authorization = authorization;
        _tenants = tenants;
        _transaction = transaction;
        _store = store;
        _photos = photos;
    }

    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewDirectory))
        {
            return Forbid();
        }

        return await FindOwnAsync(_store, ct) is { } person ? View(SelfProfileForm.From(person)) : View("NoProfile");
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(SelfProfileForm form, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewDirectory))
        {
            return Forbid();
        }

        var input = new SelfProfileInput(form.OfficePhone, form.Mobile, form.Room, form.EmailVisibility, form.OfficePhoneVisibility,
            form.MobileVisibility, form.RoomVisibility, form.PhotoVisibility);
        try
        {
            var saved = await _transaction.RunAsync(_tenants.Required, async store =>
            {
                if (await FindOwnAsync(store, ct) is not { } person)
                {
                    return false;
                }

                await store.UpdateOwnAsync(person, input, ct);
                return true;
            }, ct);
            if (!saved)
            {
                return View("NoProfile");
            }
        }
        catch (DirectoryException ex)
        {
            form.Errors = ex.Errors;
            return View(form);
        }

        return RedirectToAction(nameof(Edit), new { saved = 1 });
    }

    /// <summary>A new photo; the browser shrinks it first (directory.js), the server checks the bytes.</summary>
    [HttpPost("photo")]
    [RequestSizeLimit(PhotoStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Photo(IFormFile? photo, bool remove, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewDirectory))
        {
            return Forbid();
        }

        if (await FindOwnAsync(_store, ct) is not { } person)
        {
            return View("NoProfile");
        }

        var tenant = _tenants.Required;
        if (remove)
        {
            _photos.Delete(tenant, person.Id);
            person.PhotoContentType = null;
            await _store.SavePersonAsync(person, ct);
            return RedirectToAction(nameof(Edit));
        }

        var data = photo is null ? [] : await ReadAsync(photo, ct);
        var (type, error) = PhotoStore.Inspect(data);
        if (type is null)
        {
            var form = SelfProfileForm.From(person);
            form.Errors = new Dictionary<string, string[]> { ["photo"] = [error!] };
            return View(nameof(Edit), form);
        }

        await _photos.SaveAsync(tenant, person.Id, data, type, ct);
        person.PhotoContentType = type;
        person.PhotoVersion++;
        await _store.SavePersonAsync(person, ct);
        return RedirectToAction(nameof(Edit));
    }

    internal static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > PhotoStore.MaxBytes)
        {
            return new byte[PhotoStore.MaxBytes + 1]; // Inspect refuses it with the size message
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        return stream.ToArray();
    }

    private Task<Models.Person?> FindOwnAsync(DirectoryStore store, CancellationToken ct) =>
        store.FindOwnAsync(DirectoryReaderContext.AccountId(User), DirectoryReaderContext.Email(User), ct);
}
