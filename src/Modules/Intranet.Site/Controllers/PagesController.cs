using Intranet.Site.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Site.Controllers;

public sealed class PagesController : SiteControllerBase
{
    private readonly SiteContent _content;

    public PagesController(SiteContent content) => _content = content;

    [HttpGet("pages/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (await DenyAsync() is { } denied)
        {
            return denied;
        }

        return await _content.PageAsync(slug, cancellationToken) is { } page ? View(page) : NotFoundPage();
    }
}
