using System.Globalization;

namespace Intranet.Mail.Services.Webmail;

/// <summary>Dates in Vietnam's time (dd/MM/yyyy HH:mm, whatever the server's zone) and human sizes.</summary>
public static class WebmailFormat
{
    private static readonly TimeZoneInfo Vietnam = FindVietnam();

    public static string Date(DateTimeOffset value) =>
        value == DateTimeOffset.MinValue ? "" : TimeZoneInfo.ConvertTime(value, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0", CultureInfo.CurrentCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
    };

    private static TimeZoneInfo FindVietnam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Đông Dương", "Giờ Đông Dương");
        }
    }
}
