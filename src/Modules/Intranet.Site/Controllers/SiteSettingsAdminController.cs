using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Site.Services;
using Intranet.Site.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

/// <summary>The home page's description and quick links.</summary>
[Admin]
[Authorize]
[Route("admin/site")]
public sealed class SiteSettingsAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly SiteContent _content;
    private readonly MarkdownRenderer _markdown;

    public SiteSettingsAdminController(IAuthorizationService authorization, SiteContent content, MarkdownRenderer markdown)
    {
        _authorization = authorization;
        _content = content;
        _markdown = markdown;
    }

    [HttpGet("settings")]
    public async Task<IActionResult> Settings(CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var profile = await _content.ProfileAsync(cancellationToken);
        var links = await _content.QuickLinksAsync(cancellationToken);
        var input = new SettingsInput
        {
            Description = profile.Description,
            QuickLinks = string.Join("\n", links.Select(l => l.Text + " | " + l.Url)),
        };
        return View(new EditorViewModel<SettingsInput> { Input = input });
    }

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(SettingsInput input, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        var result = await _content.SaveSettingsAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new EditorViewModel<SettingsInput> { Input = input, Errors = result.Errors });
        }

        TempData["Flash.Success"] = "Đã lưu thiết lập trang.";
        return RedirectToAction(nameof(Settings));
    }

    /// <summary>The Markdown as readers will see it (sanitised), for the editor's preview pane (htmx).</summary>
    [HttpPost("preview")]
    public async Task<IActionResult> Preview([FromForm(Name = "Body")] string? body)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ManageSiteContent))
        {
            return Forbid();
        }

        return Content(_markdown.ToSafeHtml(body), "text/html; charset=utf-8");
    }
}
