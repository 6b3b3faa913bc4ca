using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Users.Tests;

/// <summary>Signing in as these tests need it (the answer returned, any return URL) and reading who the session is; forms go through <see cref="Forms"/>.</summary>
internal static class Browser
{
    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password, string returnUrl = "/") =>
        client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password), ("ReturnUrl", returnUrl));

    public static async Task<JsonElement> MeAsync(this HttpClient client, string prefix = "")
    {
        var response = await client.GetAsync(prefix + "/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }
}
