using System.Globalization;
using Intranet.Core.Staff;
using Intranet.Hr.Models;

namespace Intranet.Hr.Io.Import;

/// <summary>
/// Reads one cell's text as a date, number or choice, with the Vietnamese reason when it cannot. Dates are
/// dd/MM/yyyy (as Vietnamese forms write them), also yyyy-MM-dd and an Excel date serial; 31/02/1980 is refused,
/// never rolled over.
/// </summary>
public static class ImportCells
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public static bool TryDate(string text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var t = text.Trim();
        if (t.Length is >= 5 and <= 6 && double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            // An .xlsx date cell holds a day count from 1899-12-30 (Excel's epoch, with its 1900 leap-year quirk).
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        else if (!TryDayMonthYear(t, out date, out error))
        {
            return false;
        }

        if (date < Earliest || date > DateOnly.FromDateTime(DateTime.Today).AddYears(1))
        {
            error = $"ngày {date:dd/MM/yyyy} nằm ngoài khoảng hợp lý (từ 01/01/1900).";
            return false;
        }

        return true;
    }

    /// <summary>A birth date: a full date, or a year alone (old records), which the law counts from 01/01.</summary>
    public static bool TryBirthDate(string text, out DateOnly date, out DatePrecision precision, out string? error)
    {
        var t = text.Trim();
        precision = DatePrecision.Day;
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            precision = DatePrecision.YearOnly;
            return TryDate($"01/01/{year}", out date, out error);
        }

        return TryDate(t, out date, out error);
    }

    public static bool TrySex(string text, out StaffSex sex)
    {
        switch (ImportSchema.Fold(text))
        {
            case "nam" or "male" or "m" or "1":
                sex = StaffSex.Male;
                return true;
            case "nu" or "female" or "f" or "2":
                sex = StaffSex.Female;
                return true;
            default:
                sex = default;
                return false;
        }
    }

    public static bool TryCategory(string text, out StaffCategory category)
    {
        category = ImportSchema.Fold(text) switch
        {
            "" or "cong chuc" => StaffCategory.CivilServant,
            "can bo" => StaffCategory.Official,
            "vien chuc" => StaffCategory.PublicEmployee,
            "hop dong" or "hop dong lao dong" => StaffCategory.Contract,
            _ => 0,
        };
        return category != 0;
    }

    public static bool TryStatus(string text, out StaffStatus status)
    {
        status = ImportSchema.Fold(text) switch
        {
            "" or "dang cong tac" => StaffStatus.Active,
            "tap su" => StaffStatus.Probation,
            "nghi huu" => StaffStatus.Retired,
            "thoi viec" or "nghi viec" => StaffStatus.Left,
            _ => 0,
        };
        return status != 0;
    }

    /// <summary>A decimal written the Vietnamese way (3,33) or with a point (3.33).</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    public static string Describe(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static bool TryDayMonthYear(string t, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var parts = t.Split('/', '-', '.');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            error = $"\"{Shorten(t)}\" không phải ngày dạng dd/MM/yyyy.";
            return false;
        }

        var iso = parts[0].Length == 4;
        var (y, m, d) = iso ? (parts[0], parts[1], parts[2]) : (parts[2], parts[1], parts[0]);
        if (y.Length != 4 || m.Length > 2 || d.Length > 2)
        {
            error = $"\"{Shorten(t)}\" không phải ngày dạng dd/MM/yyyy (năm phải có 4 chữ số).";
            return false;
        }

        var (year, month, day) = (int.Parse(y, CultureInfo.InvariantCulture), int.Parse(m, CultureInfo.InvariantCulture), int.Parse(d, CultureInfo.InvariantCulture));
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"ngày {Shorten(t)} không có thật.";
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Cell text quoted in a message, cut so a 30,000-character cell cannot flood the report.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
