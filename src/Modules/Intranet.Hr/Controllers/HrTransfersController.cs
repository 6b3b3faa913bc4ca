using System.Globalization;
using System.Security.Claims;
using Intranet.Core.Modules;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Services.Transfers;
using Intranet.Hr.ViewModels.Transfers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>The host's transfer page <c>/admin/hr/transfers</c> (TransferHrRecords): one form, one transaction.</summary>
[Admin]
[Authorize]
[NoStore]
[ForFeature(HrFeatures.Province)]
[Route("admin/hr/transfers")]
public sealed class HrTransfersController : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly TransferService _transfers;

    public HrTransfersController(IAuthorizationService authorization, TransferService transfers)
    {
        _authorization = authorization;
        _transfers = transfers;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.TransferHrRecords))
        {
            return Forbid();
        }

        return View(new TransferPage { Departments = _transfers.Departments(), Kind = "transfer" });
    }

    [HttpPost("")]
    public async Task<IActionResult> Transfer(TransferPage form, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.TransferHrRecords))
        {
            return Forbid();
        }

        form.Departments = _transfers.Departments();
        try
        {
            var body = new TransferBody
            {
                FromTenant = form.FromTenant,
                ToTenant = form.ToTenant,
                PersonalId = form.PersonalId,
                EffectiveOn = ParseDate(form.EffectiveOn, "effectiveOn", "Ngày hiệu lực"),
                Kind = form.Kind,
                ToUnitId = form.ToUnitId,
                JobPosition = form.JobPosition,
                Post = form.Post,
                DecisionNumber = form.DecisionNumber,
                DecisionSignedOn = string.IsNullOrWhiteSpace(form.DecisionSignedOn) ? null : ParseDate(form.DecisionSignedOn, "decisionSignedOn", "Ngày ký"),
                DecisionSigner = form.DecisionSigner,
            };
            form.Done = await _transfers.TransferAsync(TransferBodies.ToRequest(body), User.FindFirstValue(ClaimTypes.NameIdentifier), ct);
            return View("Index", new TransferPage { Departments = form.Departments, Kind = "transfer", Done = form.Done });
        }
        catch (TransferException ex)
        {
            form.Error = ex.Message;
            form.ErrorField = ex.Field;
            Response.StatusCode = ex.Status == 404 ? 404 : ex.Status == 409 ? 409 : 400;
            return View("Index", form);
        }
    }

    private static DateOnly? ParseDate(string? text, string field, string label) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new TransferException(400, $"{label} phải có dạng dd/MM/yyyy (ví dụ 01/07/2026).", field);
}
