using System.Globalization;

namespace Intranet.Core.Uploads;

/// <summary>How the rejection messages write sizes and numbers (Vietnamese: dot for thousands).</summary>
internal static class UploadText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(long value) => value.ToString("N0", Vietnamese);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", Vietnamese) + " MB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.#", Vietnamese) + " KB" : bytes.ToString(Vietnamese) + " byte";
}
