using System.Globalization;

namespace Intranet.Hr.Services.Records;

/// <summary>Dates as people type them (dd/MM/yyyy) or scripts send them (yyyy-MM-dd); shown as dd/MM/yyyy.</summary>
public static class HrDates
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Show(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Today in Vietnam (UTC+7), the date "as of now" means for a department.</summary>
    public static DateOnly Today(TimeProvider? time = null) =>
        DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime.AddHours(7));
}
