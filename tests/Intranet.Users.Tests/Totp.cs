using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;
using OtpNet;

namespace Intranet.Users.Tests;

/// <summary>What an authenticator app does: read the key from the enrolment page and compute codes.</summary>
internal static partial class Totp
{
    public static string KeyFrom(string page)
    {
        var match = KeyPattern().Match(page);
        Assert.True(match.Success, "the enrolment page shows no key");
        return match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
    }

    public static string Code(string key, int stepsFromNow = 0) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsFromNow));

    public static IReadOnlyList<string> RecoveryCodesFrom(string page) =>
        [.. RecoveryPattern().Matches(page.Split("recovery-codes", 2)[1].Split("</ul>", 2)[0]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    /// <summary>Signs in, enrols TOTP through the pages, and returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/account/two-factor");
        var key = KeyFrom(page);
        var qr = await browser.GetAsync("/account/two-factor/qr");
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
        var enabled = await browser.PostFormAsync("/account/two-factor", "/account/two-factor/enable", ("code", Code(key)));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = RecoveryCodesFrom(await enabled.Content.ReadAsStringAsync());
        return (key, codes);
    }

    [GeneratedRegex("<code class=\"user-select-all\">([A-Z2-7 ]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex RecoveryPattern();
}
