using System.Globalization;
using System.Text.RegularExpressions;

namespace Intranet.Hr.Recipes;

/// <summary>
/// Dates in the <c>hr</c> recipe step: absolute <c>yyyy-MM-dd</c>, <c>today</c>, or relative to the day the recipe
/// runs as signed parts in years, months and days applied in that order: <c>-34m</c>, <c>+45d</c>, <c>-61y-2m</c>,
/// <c>-34m-15d</c>. Demo data stays "due in 45 days" whenever it is installed.
/// </summary>
public static partial class RecipeDates
{
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text == "today")
        {
            date = today;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (!Relative().IsMatch(text))
        {
            return false;
        }

        var (years, months, days) = (0, 0, 0);
        foreach (Match part in Part().Matches(text))
        {
            if (!int.TryParse(part.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || Math.Abs(n) > 200 * 366)
            {
                return false;
            }

            switch (part.Groups[2].Value)
            {
                case "y": years += n; break;
                case "m": months += n; break;
                default: days += n; break;
            }
        }

        if (Math.Abs(years) > 200 || Math.Abs(months) > 2400)
        {
            return false;
        }

        date = today.AddYears(years).AddMonths(months).AddDays(days);
        return true;
    }

    [GeneratedRegex("^([+-][0-9]{1,5}[ymd])+$")]
    private static partial Regex Relative();

    [GeneratedRegex("([+-][0-9]{1,5})([ymd])")]
    private static partial Regex Part();
}
