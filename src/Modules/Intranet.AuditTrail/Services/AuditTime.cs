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

    /// <summary>The first and last days a filter can name; any day outside is taken as the nearest of them (01/01/0001 or 31/12/9999 are valid dd/MM/yyyy).</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    public static readonly DateOnly LastDay = new(9998, 12, 31);

    /// <summary>The UTC instant a local day starts (days clamped to <see cref="FirstDay"/>–<see cref="LastDay"/>).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(Clamp(day).ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The UTC instant a local day ends (exclusive): the start of the next day.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) => StartOfDayUtc(Clamp(day).AddDays(1));

    private static DateOnly Clamp(DateOnly day) => day < FirstDay ? FirstDay : day > LastDay ? LastDay : day;
}
