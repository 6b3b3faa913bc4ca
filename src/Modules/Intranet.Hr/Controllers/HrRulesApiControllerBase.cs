using System.Globalization;
using Intranet.Core.Security;
using Intranet.Core.Web;
using Intranet.Hr.Rules;
using Intranet.Hr.Services.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Hr.Controllers;

/// <summary>
/// The calculator as an API (<c>/api/hr/rules/…</c>), at the host and in every department with HR on (one subclass
/// per level). Needs UseHrCalculator; computes from the law only, reads no record.
/// </summary>
[ApiController]
[Authorize]
[IgnoreAntiforgeryToken]
public abstract class HrRulesApiControllerBase : ControllerBase
{
    private readonly IAuthorizationService _authorization;
    private readonly ICodeLists _codeLists;

    protected HrRulesApiControllerBase(IAuthorizationService authorization, ICodeLists codeLists)
    {
        _authorization = authorization;
        _codeLists = codeLists;
    }

    /// <summary>GET retirement?birthDate=yyyy-MM-dd|yyyy&amp;sex=male|female (NĐ 135/2020).</summary>
    [HttpGet("retirement")]
    public async Task<IActionResult> Retirement(string? birthDate, string? sex)
    {
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        var errors = new Dictionary<string, string[]>();
        if (CalculatorInput.ParseRetirement(birthDate, sex, errors) is not { } input)
        {
            return Invalid(errors);
        }

        var result = RetirementRules.RetirementDate(input.BirthDate, input.Precision, input.Sex);
        return Ok(new
        {
            retirementDate = Iso(result.Date),
            pensionFrom = Iso(result.PensionFrom),
            age = new { years = result.Years, months = result.Months },
            birthYearOnly = input.Precision == Models.DatePrecision.YearOnly,
        });
    }

    /// <summary>GET next-step?scale=A1&amp;step=3&amp;since=yyyy-MM-dd[&amp;extensionMonths&amp;earlyMonths&amp;exceedingPercent].</summary>
    [HttpGet("next-step")]
    public async Task<IActionResult> NextStep(string? scale, string? step, string? since, string? extensionMonths, string? earlyMonths, string? exceedingPercent, CancellationToken ct)
    {
        if (await ForbiddenAsync() is { } forbidden)
        {
            return forbidden;
        }

        var errors = new Dictionary<string, string[]>();
        var codeLists = await _codeLists.CurrentAsync(ct);
        if (CalculatorInput.ParseStep(codeLists, scale, step, since, extensionMonths, earlyMonths, exceedingPercent, errors) is not { } input)
        {
            return Invalid(errors);
        }

        var next = StepRules.Next(input.Scale, input.Step, input.ExceedingPercent, input.Since, input.Adjustments);
        return Ok(new
        {
            dueDate = Iso(next.DueDate),
            step = next.Step,
            coefficient = next.Coefficient,
            exceedingPercent = next.ExceedingPercent,
            isExceedingAllowance = next.IsExceedingAllowance,
            exceedingCoefficient = next.ExceedingCoefficient,
            scale = input.Scale.Code,
            intervalMonths = input.Scale.IntervalMonths,
        });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<IActionResult?> ForbiddenAsync() =>
        await _authorization.AuthorizeAsync(User, Permissions.UseHrCalculator)
            ? null
            : new ObjectResult(ApiProblems.Create(403, "Không có quyền dùng công cụ tính nâng bậc, nghỉ hưu.")) { StatusCode = 403, ContentTypes = { "application/problem+json" } };

    private static ObjectResult Invalid(Dictionary<string, string[]> errors) =>
        new(new ValidationProblemDetails(errors)
        {
            Status = 400,
            Title = ApiProblems.TitleFor(400),
            Detail = "Dữ liệu nhập không hợp lệ: " + string.Join(" ", errors.Values.SelectMany(e => e)),
        })
        { StatusCode = 400, ContentTypes = { "application/problem+json" } };
}
