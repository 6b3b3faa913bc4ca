using Intranet.Site.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

[Route("news")]
public sealed class NewsController : SiteControllerBase
{
    private readonly SiteContent _content;

    public NewsController(SiteContent content) => _content = content;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (await DenyAsync() is { } denied)
        {
            return denied;
        }

        return View(await _content.PublishedNewsAsync(page, cancellationToken: cancellationToken));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (await DenyAsync() is { } denied)
        {
            return denied;
        }

        return await _content.PublishedArticleAsync(slug, cancellationToken) is { } item ? View(item) : NotFoundPage();
    }
}
