using System.Globalization;
using Intranet.Core.Localization;

namespace Intranet.AuditTrail.Services;

/// <summary>Viet Nam time (UTC+7, no daylight saving) for showing and filtering entries stored in UTC.</summary>
public static class AuditTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset;

    public static string Format(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Parses a dd/MM/yyyy day; null when the text is not such a date.</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Cultures.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The UTC instant a local day starts.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
