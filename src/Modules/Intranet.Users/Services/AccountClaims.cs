using System.Security.Claims;
using Intranet.Users.Models;

namespace Intranet.Users.Services;

/// <summary>The claims a signed-in principal carries. The security stamp ties every session to the account's current state.</summary>
public static class AccountClaims
{
    public const string SecurityStamp = "intranet:stamp";

    public const string FullName = "intranet:fullname";

    /// <summary>Authentication methods (RFC 8176): "pwd", plus "otp" after a second factor.</summary>
    public const string AuthenticationMethod = "amr";

    public static ClaimsPrincipal CreatePrincipal(Account account, string authenticationType, bool secondFactor) =>
        CreatePrincipal(account.Id, account.Email ?? "", account.FullName, account.SecurityStamp ?? "", authenticationType, secondFactor);

    public static ClaimsPrincipal CreatePrincipal(string id, string email, string fullName, string stamp, string authenticationType, bool secondFactor)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id));
        identity.AddClaim(new Claim(ClaimTypes.Name, email));
        identity.AddClaim(new Claim(ClaimTypes.Email, email));
        identity.AddClaim(new Claim(FullName, fullName));
        identity.AddClaim(new Claim("name", fullName)); // the display name the themes' user menu shows
        identity.AddClaim(new Claim(SecurityStamp, stamp));
        identity.AddClaim(new Claim(AuthenticationMethod, "pwd"));
        if (secondFactor)
        {
            identity.AddClaim(new Claim(AuthenticationMethod, "otp"));
        }

        return new ClaimsPrincipal(identity);
    }

    public static string? AccountId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
