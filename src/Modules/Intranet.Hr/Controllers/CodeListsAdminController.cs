using System.Globalization;
using System.Security.Claims;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The province's code lists at the host (<c>/admin/hr/code-lists</c>): view every list with its source, view a
/// list's versions, add a version (from a date) or a new base salary. ManageHrCodeLists; forms carry antiforgery
/// (validated globally for POST).
/// </summary>
[Admin]
[Authorize]
[ForFeature(HrFeatures.Province)]
[Route("admin/hr/code-lists")]
public sealed class CodeListsAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly ICodeLists _codeLists;
    private readonly CodeListStore _store;

    public CodeListsAdminController(IAuthorizationService authorization, ICodeLists codeLists, CodeListStore store)
    {
        _authorization = authorization;
        _codeLists = codeLists;
        _store = store;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await ForbiddenAsync() ?? View(await PageAsync(null, [], ct));

    [HttpGet("{key}")]
    public async Task<IActionResult> List([FromRoute] string? key, int? version, CancellationToken ct)
    {
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        var set = await _codeLists.CurrentAsync(ct);
        var current = set.List(key);
        if (current is null)
        {
            return NotFound();
        }

        var selected = version is { } id ? await _store.VersionAsync(id, ct) : current;
        if (selected is null || selected.Key != current.Key)
        {
            return NotFound();
        }

        return View("List", new CodeListsPage { Lists = set.Lists, Selected = selected, Versions = await _store.VersionsAsync(current.Key, ct) });
    }

    [HttpGet("{key}/new")]
    public async Task<IActionResult> New([FromRoute] string? key, CancellationToken ct)
    {
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        return (await _codeLists.CurrentAsync(ct)).List(key) is { } current
            ? View("New", new CodeListVersionForm
            {
                Key = current.Key, Name = current.Name, Source = current.Source, Items = CodeListText.Format(current.Items),
                ValidFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            })
            : NotFound();
    }

    [HttpPost("{key}/new")]
    public async Task<IActionResult> New([FromRoute] string? key, [FromForm] CodeListVersionForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        var current = (await _codeLists.CurrentAsync(ct)).List(key);
        if (current is null)
        {
            return NotFound();
        }

        form.Key = current.Key;
        var errors = new List<string>();
        var items = CodeListText.Parse(form.Items, errors);
        var validFrom = CalculatorInput.ParseDate(form.ValidFrom?.Trim());
        if (validFrom is null)
        {
            errors.Add("Ngày áp dụng phải theo dạng dd/MM/yyyy.");
        }

        if (errors.Count == 0)
        {
            try
            {
                var list = new CodeList(current.Key, form.Name?.Trim() ?? "", form.Version?.Trim() ?? "", form.Source?.Trim() ?? "", validFrom!.Value, items);
                await _store.AddVersionAsync(list, User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
                return Redirect($"~/admin/hr/code-lists/{Uri.EscapeDataString(current.Key)}?added=1");
            }
            catch (CodeListException ex)
            {
                errors.Add(ex.Message);
            }
        }

        form.Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", form);
    }

    [HttpPost("base-salary")]
    public async Task<IActionResult> BaseSalary([FromForm] string? validFrom, [FromForm] string? amount, [FromForm] string? instrument, CancellationToken ct)
    {
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        var errors = new List<string>();
        var from = CalculatorInput.ParseDate(validFrom?.Trim());
        if (from is null)
        {
            errors.Add("Ngày áp dụng mức lương cơ sở phải theo dạng dd/MM/yyyy.");
        }

        var cleaned = amount?.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!decimal.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var money))
        {
            errors.Add("Mức lương cơ sở phải là số đồng (ví dụ 2.530.000).");
        }

        if (errors.Count == 0)
        {
            try
            {
                await _store.AddBaseSalaryAsync(from!.Value, money, instrument ?? "", User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
                return Redirect("~/admin/hr/code-lists?added=1");
            }
            catch (CodeListException ex)
            {
                errors.Add(ex.Message);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        var page = await PageAsync(null, errors, ct);
        return View("Index", new CodeListsPage
        {
            Lists = page.Lists, BaseSalaries = page.BaseSalaries, Errors = errors,
            BaseSalaryFrom = validFrom, BaseSalaryAmount = amount, BaseSalaryInstrument = instrument,
        });
    }

    private async Task<CodeListsPage> PageAsync(CodeList? selected, IReadOnlyList<string> errors, CancellationToken ct)
    {
        var set = await _codeLists.CurrentAsync(ct);
        return new CodeListsPage { Lists = set.Lists, Selected = selected, BaseSalaries = set.BaseSalaries, Errors = errors };
    }

    private async Task<IActionResult?> ForbiddenAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return await _authorization.AuthorizeAsync(User, Permissions.ManageHrCodeLists) ? null : Forbid();
    }
}
