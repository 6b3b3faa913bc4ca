using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Site.Services;
using Intranet.Site.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

/// <summary>Editors keep the standing pages (Giới thiệu, Chức năng nhiệm vụ…).</summary>
[Admin]
[Authorize]
[Route("admin/site/pages")]
public sealed class PagesAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly SiteContent _content;

    public PagesAdminController(IAuthorizationService authorization, SiteContent content)
    {
        _authorization = authorization;
        _content = content;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        return View(await _content.PagesAsync(page, cancellationToken));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        return View("Edit", new EditorViewModel<PageInput> { Input = new PageInput() });
    }

    [HttpPost("create")]
    public Task<IActionResult> Create(PageInput input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        if (await _content.PageAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var input = new PageInput { Title = item.Title, Slug = item.Slug, Body = item.Body };
        return View(new EditorViewModel<PageInput> { Input = input, Id = id });
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, PageInput input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var result = await _content.DeletePageAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Flash.Success"] = "Đã xoá trang.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(int? id, PageInput input, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var result = await _content.SavePageAsync(id, input, cancellationToken);

        if (result.Errors.ContainsKey(""))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new EditorViewModel<PageInput> { Input = input, Id = id, Errors = result.Errors });
        }

        TempData["Flash.Success"] = id is null ? "Đã tạo trang." : "Đã lưu trang.";
        return RedirectToAction(nameof(Index));
    }
}
