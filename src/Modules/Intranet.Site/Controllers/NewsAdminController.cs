using System.Globalization;
using Intranet.Core.Localization;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Site.Services;
using Intranet.Site.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

/// <summary>Editors write, change and delete the department's news.</summary>
[Admin]
[Authorize]
[Route("admin/site/news")]
public sealed class NewsAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly SiteContent _content;

    public NewsAdminController(IAuthorizationService authorization, SiteContent content)
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

        ViewData["Today"] = _content.Today;
        return View(await _content.AllNewsAsync(page, cancellationToken));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var input = new NewsInput { PublishedOn = _content.Today.ToString(Cultures.DateFormat, CultureInfo.InvariantCulture) };
        return View("Edit", new EditorViewModel<NewsInput> { Input = input });
    }

    [HttpPost("create")]
    public Task<IActionResult> Create(NewsInput input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        if (await _content.ArticleAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var input = new NewsInput
        {
            Title = item.Title,
            Slug = item.Slug,
            Summary = item.Summary,
            Body = item.Body,
            PublishedOn = item.PublishedOn.ToString(Cultures.DateFormat, CultureInfo.InvariantCulture),
        };
        return View(new EditorViewModel<NewsInput> { Input = input, Id = id });
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, NewsInput input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var result = await _content.DeleteNewsAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Flash.Success"] = "Đã xoá bài viết.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(int? id, NewsInput input, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var author = User.FindFirst("intranet:fullname")?.Value ?? User.Identity?.Name;
        var result = await _content.SaveNewsAsync(id, input, author, cancellationToken);
        if (result.Errors.ContainsKey(""))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", new EditorViewModel<NewsInput> { Input = input, Id = id, Errors = result.Errors });
        }

        TempData["Flash.Success"] = id is null ? "Đã đăng bài viết." : "Đã lưu bài viết.";
        return RedirectToAction(nameof(Index));
    }
}
