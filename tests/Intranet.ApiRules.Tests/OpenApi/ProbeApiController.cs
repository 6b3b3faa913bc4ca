using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.ApiRules.Tests.OpenApi;

/// <summary>Stands for a module written later (HR): a plain Controller under api/, without [ApiController].</summary>
[Authorize]
[Route("api/probe")]
public sealed class ProbeApiController : Controller
{
    [HttpGet("records/{id}")]
    public IActionResult Get(string id) => Ok(new ProbeRecord(id, "Nguyễn Văn A"));

    [HttpPost("records")]
    public IActionResult Create([FromBody] ProbeRecord record) => Ok(record);
}
