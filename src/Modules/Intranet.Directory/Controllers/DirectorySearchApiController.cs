using Intranet.Core.Modules;
using Intranet.Core.Web;
using Intranet.StaffDirectory.Services;
using Intranet.StaffDirectory.ViewModels;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.StaffDirectory.Controllers;

/// <summary><c>GET /api/directory/search?q=&amp;take=</c>: the province directory for scripts and other systems.</summary>
[ApiController]
[ForFeature(DirectoryFeatures.Province)]
[Authorize]
[IgnoreAntiforgeryToken]
[Route("api/directory/search")]
public sealed class DirectorySearchApiController : ControllerBase
{
    private readonly ProvinceDirectory _directory;
    private readonly DirectoryReaderContext _reader;

    public DirectorySearchApiController(ProvinceDirectory directory, DirectoryReaderContext reader)
    {
        _directory = directory;
        _reader = reader;
    }

    /// <summary>Plain words match names as prefixes in any order; name:, unit:, position:, tenant: with AND/OR is the advanced syntax.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Search([FromQuery] string? q, [FromQuery] int take = 20, CancellationToken ct = default)
    {
        if (!await _reader.MayReadAsync(User, ct))
        {
            return Problem(403, "Tài khoản không có quyền xem danh bạ toàn tỉnh.");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return Problem(400, "Thiếu tham số q (từ khoá tìm kiếm).");
        }

        if (take is < 1 or > ProvinceDirectory.MaxTake)
        {
            return Problem(400, $"Tham số take phải từ 1 đến {ProvinceDirectory.MaxTake}.");
        }

        try
        {
            var found = ProvinceDirectory.LooksAdvanced(q)
                ? await _directory.AdvancedSearchAsync(User, q, take, ct)
                : await _directory.SearchAsync(User, q, take, typeahead: false, ct);
            return Ok(new SearchResponse(found.TotalHits, [.. found.Items.Select(SearchItem.From)]));
        }
        catch (SearchSyntaxException ex)
        {
            return Problem(400, ex.Message);
        }
    }

    private ObjectResult Problem(int status, string detail) =>
        new(ApiProblems.Create(status, detail)) { StatusCode = status, ContentTypes = { "application/problem+json" } };
}
