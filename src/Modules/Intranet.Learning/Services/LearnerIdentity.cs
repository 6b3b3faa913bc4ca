using System.Security.Claims;

namespace Intranet.Learning.Services;

/// <summary>The host account id of the signed-in user (cookie or bearer token).</summary>
internal static class LearnerIdentity
{
    public static string? AccountId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub")
            : null;
}
