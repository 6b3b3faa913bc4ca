using Intranet.Core.Security;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Intranet.Hr.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The calculator page (<c>/hr/calculator</c>): retirement date and next step from the law, at the host and in the
/// departments. A GET form — it computes, it changes nothing — so links to a result can be shared.
/// </summary>
[Authorize]
public abstract class HrCalculatorControllerBase : Controller
{
    private readonly IAuthorizationService _authorization;
    private readonly ICodeLists _codeLists;
    private readonly TimeProvider _clock;

    protected HrCalculatorControllerBase(IAuthorizationService authorization, ICodeLists codeLists, TimeProvider clock)
    {
        _authorization = authorization;
        _codeLists = codeLists;
        _clock = clock;
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? form, string? birthDate, string? sex, string? scale, string? step, string? since,
        string? extensionMonths, string? earlyMonths, string? exceedingPercent, CancellationToken ct)
    {
        if (!await _authorization.AuthorizeAsync(User, Permissions.UseHrCalculator))
        {
            return Forbid();
        }

        var codeLists = await _codeLists.CurrentAsync(ct);
        var errors = new Dictionary<string, string[]>();
        RetirementAge? retirement = null;
        NextStep? next = null;
        var yearOnly = false;
        if (form == "retirement" && CalculatorInput.ParseRetirement(birthDate, sex, errors) is { } r)
        {
            retirement = RetirementRules.RetirementDate(r.BirthDate, r.Precision, r.Sex);
            yearOnly = r.Precision == DatePrecision.YearOnly;
        }
        else if (form == "step" && CalculatorInput.ParseStep(codeLists, scale, step, since, extensionMonths, earlyMonths, exceedingPercent, errors) is { } s)
        {
            next = StepRules.Next(s.Scale, s.Step, s.ExceedingPercent, s.Since, s.Adjustments);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var salaryDay = next?.DueDate ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        return View("~/Views/HrCalculator/Index.cshtml", new CalculatorPage
        {
            BirthDate = birthDate, Sex = sex, Scale = scale, Step = step, Since = since,
            ExtensionMonths = extensionMonths, EarlyMonths = earlyMonths, ExceedingPercent = exceedingPercent,
            Retirement = retirement, BirthYearOnly = yearOnly, Next = next,
            BaseSalary = codeLists.BaseSalaryOn(salaryDay)?.Amount,
            Scales = codeLists.Salary.Scales, Ranks = codeLists.Salary.Ranks, Errors = errors,
        });
    }
}
