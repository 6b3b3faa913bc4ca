using System.Text.Json;
using Intranet.Core.Recipes;

namespace Intranet.Tenants.Services;

/// <summary>Who an imported recipe creates: its <c>tenant</c> header (written by the export), overridden by the caller's name, prefix and display name.</summary>
public static class ImportedTenant
{
    public static TenantRequest Request(string json, string recipeDisplayName, TenantRequest? overrides)
    {
        TenantRequest fromHeader;
        using (var document = JsonDocument.Parse(json, RecipeJson.DocumentOptions))
        {
            var header = document.RootElement.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
            string? Text(string property) => header.ValueKind == JsonValueKind.Object && header.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var hosts = header.ValueKind == JsonValueKind.Object && header.TryGetProperty("hosts", out var h) && h.ValueKind == JsonValueKind.Array
                ? h.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            fromHeader = new TenantRequest(Text("name") ?? "", Text("displayName") ?? recipeDisplayName, Text("prefix"), hosts, Text("description"));
        }

        if (overrides is null)
        {
            return fromHeader;
        }

        // A copy under a new name takes the new name as its prefix and none of the original's host names, unless told otherwise.
        var renamed = !string.IsNullOrWhiteSpace(overrides.Name);
        return new TenantRequest(
            renamed ? overrides.Name : fromHeader.Name,
            string.IsNullOrWhiteSpace(overrides.DisplayName) ? fromHeader.DisplayName : overrides.DisplayName,
            overrides.Prefix ?? (renamed ? overrides.Name : fromHeader.Prefix),
            overrides.Hosts.Count > 0 ? overrides.Hosts : (renamed ? [] : fromHeader.Hosts),
            overrides.Description ?? fromHeader.Description);
    }
}
