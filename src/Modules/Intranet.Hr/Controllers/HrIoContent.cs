using System.Security.Claims;

namespace Intranet.Hr.Controllers;

/// <summary>What the import, export and résumé endpoints share: content types, the upload limit, the actor.</summary>
internal static class HrIoContent
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pdf = "application/pdf";
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public static string? ActorOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
}
