using System.Globalization;

namespace Intranet.Core.Localization;

/// <summary>Vietnamese first, English second; both write dates as dd/MM/yyyy.</summary>
public static class Cultures
{
    public const string Vietnamese = "vi-VN";

    /// <summary>en-GB rather than en-US, so English pages keep the day-first dates Vietnamese users read.</summary>
    public const string English = "en-GB";

    public static readonly IReadOnlyList<CultureInfo> Supported = [new(Vietnamese), new(English)];

    public const string DateFormat = "dd/MM/yyyy";

    public const string DateTimeFormat = "dd/MM/yyyy HH:mm";
}
