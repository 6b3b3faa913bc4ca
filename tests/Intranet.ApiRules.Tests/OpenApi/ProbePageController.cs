using Microsoft.AspNetCore.Mvc;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>A page of a later module: attribute-routed, outside api/, so not in the document.</summary>
[Route("probe")]
public sealed class ProbePageController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => Content("<p>Trang thử</p>", "text/html");
}
