using System.Globalization;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Services.Closing;
using Intranet.Hr.Services.Rollup;
using Intranet.Hr.ViewModels.Transfers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The province's HR pages at the host: <c>/admin/hr/province</c>, the counts per department (ViewHrRollups), and
/// <c>/admin/hr/province/{department}</c>, a department's records read-only for a user granted
/// ViewProvinceHrRecords (audited; 403 without it).
/// </summary>
[Admin]
[Authorize]
[NoStore]
[ForFeature(HrFeatures.Province)]
[Route("admin/hr/province")]
public sealed class ProvinceHrController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly ProvinceRollupService _rollup;
    private readonly ProvinceRecords _records;
    private readonly TimeProvider _clock;

    public ProvinceHrController(IAuthorizationService authorization, ProvinceRollupService rollup, ProvinceRecords records, TimeProvider clock)
    {
        _authorization = authorization;
        _rollup = rollup;
        _records = records;
        _clock = clock;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? asOf, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewHrRollups))
        {
            return Forbid();
        }

        var date = RecordClosingScheduler.Today(_clock);
        if (!string.IsNullOrWhiteSpace(asOf) && !DateOnly.TryParseExact(asOf.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            Response.StatusCode = 400;
            ViewData["Error"] = "Ngày phải có dạng dd/MM/yyyy.";
            date = RecordClosingScheduler.Today(_clock);
        }

        var rollup = await _rollup.ComputeAsync(date, ct);
        return View(new RollupPage(rollup, await _authorization.AuthorizeAsync(User, Permissions.ViewProvinceHrRecords), await _authorization.AuthorizeAsync(User, Permissions.TransferHrRecords)));
    }

    [HttpGet("{department}")]
    public async Task<IActionResult> Department(string department, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewProvinceHrRecords))
        {
            return Forbid();
        }

        if (_records.Department(department) is not { } tenant)
        {
            return NotFound();
        }

        var today = RecordClosingScheduler.Today(_clock);
        return View(new ProvinceRecordsPage(tenant, today, await _records.ListAsync(tenant, today, ct)));
    }
}
