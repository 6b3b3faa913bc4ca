using Intranet.AuditTrail.Services;
using Intranet.AuditTrail.ViewModels;
using Intranet.Core.Security;
using Intranet.Core.Tenants;
using Intranet.Core.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.AuditTrail.Controllers;

/// <summary>The current tenant's audit chain: a filtered, server-paged list and a verify button.</summary>
[Admin]
[Authorize]
[Route("admin/audit")]
public sealed class AuditAdminController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly AuditQuery _query;
    private readonly AuditChainVerifier _verifier;
    private readonly ITenantAccessor _tenants;

    public AuditAdminController(IAuthorizationService authorization, AuditQuery query, AuditChainVerifier verifier, ITenantAccessor tenants)
    {
        _authorization = authorization;
        _query = query;
        _verifier = verifier;
        _tenants = tenants;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewAuditTrail))
        {
            return Forbid();
        }

        var page = await _query.RunAsync(filter, cancellationToken);
        if (page.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Response.Headers.CacheControl = "no-store";
        return Request.Headers.ContainsKey("HX-Request") ? PartialView("_Results", page) : View(page);
    }

    [HttpPost("verify")]
    public async Task<IActionResult> Verify(CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.ViewAuditTrail))
        {
            return Forbid();
        }

        var result = await _verifier.VerifyAsync(_tenants.Required, cancellationToken);
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            return PartialView("_Verification", result);
        }

        TempData[result.Intact ? "Flash.Success" : "Flash.Error"] = result.Intact
            ? "Chuỗi nhật ký nguyên vẹn."
            : "Chuỗi nhật ký đã bị can thiệp. Xem chi tiết bằng nút Kiểm tra.";
        return RedirectToAction(nameof(Index));
    }
}
