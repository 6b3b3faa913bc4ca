using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Testing;

/// <summary>Signs API clients in and creates tenants through the public JSON API, as an administrator's script would.</summary>
public static class ApiClientExtensions
{
    /// <summary>A client carrying a bearer token for the account (POST /api/auth/token).</summary>
    public static async Task<HttpClient> CreateApiClientAsync(this IntranetFactory factory, string email, string password, string? totpCode = null)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password, totpCode });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static Task<HttpClient> CreateAdminApiClientAsync(this IntranetFactory factory) =>
        factory.CreateApiClientAsync(IntranetFactory.AdminEmail, factory.AdminPassword);

    /// <summary>Creates and sets up a tenant from a recipe (POST /api/tenants); fails the test on any error.</summary>
    public static async Task<JsonElement> CreateTenantAsync(this HttpClient admin, string name, string recipe = "department", string? displayName = null, object? variables = null)
    {
        var response = await admin.PostAsJsonAsync("/api/tenants", new
        {
            name,
            displayName = displayName ?? "Đơn vị " + name,
            prefix = name,
            recipe,
            variables,
        });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST /api/tenants answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A unique, valid tenant name for a test.</summary>
    public static string NewTenantName(string stem = "t") => stem + "-" + Guid.NewGuid().ToString("N")[..8];
}
