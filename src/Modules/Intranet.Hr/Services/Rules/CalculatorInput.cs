using System.Globalization;
using Intranet.Core.Staff;
using Intranet.Hr.Models;
using Intranet.Hr.Rules;

namespace Intranet.Hr.Services.Rules;

/// <summary>
/// Parses the calculator's inputs (API query and page form alike) into the rules' arguments, collecting Vietnamese
/// messages per field instead of throwing: bad input is a 400, never a 500.
/// </summary>
public static class CalculatorInput
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>A birth date (yyyy-MM-dd or dd/MM/yyyy) or a birth year alone (yyyy → 01/01, NĐ 135/2020 Art. 3(3)).</summary>
    public static RetirementQuery? ParseRetirement(string? birthDate, string? sex, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        DateOnly? born = null;
        var precision = DatePrecision.Day;
        var text = birthDate?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors["birthDate"] = ["Cần nhập ngày sinh (dd/MM/yyyy) hoặc năm sinh (yyyy)."];
        }
        else if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            born = new DateOnly(year, 1, 1);
            precision = DatePrecision.YearOnly;
        }
        else if (ParseDate(text) is { } date && date.Year is >= 1900 and <= 2100)
        {
            born = date;
        }
        else
        {
            errors["birthDate"] = [$"Ngày sinh “{Clip(text)}” không hợp lệ; nhập dd/MM/yyyy, yyyy-MM-dd hoặc chỉ năm sinh (1900–2100)."];
        }

        StaffSex? parsedSex = sex?.Trim().ToLowerInvariant() switch
        {
            "male" or "nam" or "m" => StaffSex.Male,
            "female" or "nữ" or "nu" or "f" => StaffSex.Female,
            _ => null,
        };
        if (parsedSex is null)
        {
            errors["sex"] = ["Giới tính phải là “male” (nam) hoặc “female” (nữ)."];
        }

        return born is { } b && parsedSex is { } s ? new RetirementQuery(b, precision, s) : null;
    }

    public static StepQuery? ParseStep(
        CodeListSet codeLists, string? scale, string? step, string? since, string? extensionMonths, string? earlyMonths, string? exceedingPercent,
        IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(codeLists);
        ArgumentNullException.ThrowIfNull(errors);
        var found = codeLists.FindScale(scale);
        if (found is null)
        {
            errors["scale"] = [string.IsNullOrWhiteSpace(scale)
                ? "Cần chọn thang lương (ví dụ A1)."
                : $"Không có thang lương “{Clip(scale)}”. Các thang: {string.Join(", ", codeLists.Salary.Scales.Select(s => s.Code))}."];
        }

        var stepNumber = Number(step, "step", 1, found?.MaxStep ?? 20, null, errors,
            found is null ? "Bậc phải là số nguyên dương." : $"Bậc phải từ 1 đến {found.MaxStep} (thang {found.Code}).");
        var sinceDate = ParseDate(since?.Trim());
        if (sinceDate is null || sinceDate.Value.Year is < 1960 or > 2100)
        {
            errors["since"] = [string.IsNullOrWhiteSpace(since)
                ? "Cần nhập ngày hưởng bậc hiện tại (dd/MM/yyyy)."
                : $"Ngày hưởng bậc “{Clip(since)}” không hợp lệ; nhập dd/MM/yyyy hoặc yyyy-MM-dd (1960–2100)."];
        }

        var extension = Number(extensionMonths, "extensionMonths", 0, 120, 0, errors, "Số tháng kéo dài phải từ 0 đến 120.");
        var early = Number(earlyMonths, "earlyMonths", 0, StepAdjustments.MaxEarlyMonths, 0, errors, "Số tháng nâng trước thời hạn phải từ 0 đến 12 (TT 08/2013 Điều 3).");
        var exceeding = Number(exceedingPercent, "exceedingPercent", 0, 100, 0, errors, "Phần trăm vượt khung phải từ 0 đến 100.");
        if (found is not null && stepNumber is { } n && exceeding is > 0 && n != found.MaxStep)
        {
            errors["exceedingPercent"] = [$"Chỉ bậc cuối ({found.MaxStep}) của thang {found.Code} mới có phụ cấp thâm niên vượt khung."];
        }

        return errors.Count == 0
            ? new StepQuery(found!, stepNumber!.Value, sinceDate!.Value, exceeding!.Value, new StepAdjustments(extension!.Value, early!.Value))
            : null;
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static int? Number(string? text, string field, int min, int max, int? missing, IDictionary<string, string[]> errors, string message)
    {
        if (string.IsNullOrWhiteSpace(text) && missing is { } value)
        {
            return value;
        }

        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors[field] = [message];
        return null;
    }

    // Echoing input back is fine in JSON and Razor-encoded HTML; keep it short.
    private static string Clip(string? value) => value is null ? "" : value.Length > 40 ? value[..40] + "…" : value;
}
