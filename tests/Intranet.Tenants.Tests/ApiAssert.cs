using System.Net;
using System.Text.Json;

namespace Intranet.Tenants.Tests;

public static class ApiAssert
{
    /// <summary>Asserts a problem+json answer with the status and a Vietnamese detail containing <paramref name="detailPart"/>.</summary>
    public static async Task ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var detail = document.RootElement.GetProperty("detail").GetString() ?? "";
        Assert.Contains(detailPart, detail, StringComparison.Ordinal);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
