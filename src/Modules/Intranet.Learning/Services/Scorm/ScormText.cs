using System.Globalization;

namespace Intranet.Learning.Services.Scorm;

/// <summary>Sizes as the SCORM pages and messages write them (Vietnamese decimal comma, as Core's upload messages do).</summary>
public static class ScormText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024.0 * 1024)).ToString("0.#", Vietnamese) + " MB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.#", Vietnamese) + " KB" : bytes.ToString(Vietnamese) + " byte";
}
