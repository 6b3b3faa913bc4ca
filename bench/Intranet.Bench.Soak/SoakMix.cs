using System.Net;
using System.Text.Json;
using Intranet.Bench.Tenants;

namespace Intranet.Bench.Soak;

/// <summary>The signed-in mix: what a province's staff open all day. Each path is checked to answer 200 before the run.</summary>
internal static class SoakMix
{
    private static readonly string[] Typeahead = ["nguy", "tran", "le%20thi", "pham", "hoang", "vu", "dang", "bui", "an", "hanh", "minh", "lan"];

    public static async Task<List<string>> PathsAsync(BenchClient client)
    {
        using var tenants = JsonDocument.Parse(await client.Api.GetStringAsync("/api/tenants?pageSize=200"));
        var prefixes = tenants.RootElement.GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("state").GetString() == "Running" && t.GetProperty("prefix").GetString() is { Length: > 0 })
            .Select(t => t.GetProperty("prefix").GetString()!)
            .ToList();
        if (prefixes.Count == 0)
        {
            throw new InvalidOperationException("The demo province has no running department.");
        }

        var paths = new List<string>();
        for (var i = 0; i < Typeahead.Length; i++)
        {
            var prefix = prefixes[i % prefixes.Count];
            paths.Add($"/{prefix}/");
            paths.Add("/directory/typeahead?q=" + Typeahead[i]);
            paths.Add($"/{prefix}/news");
            paths.Add(i % 2 == 0 ? "/admin/tenants" : "/api/tenants");
        }

        foreach (var path in paths.Distinct())
        {
            var response = await client.Browser.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode} to the signed-in administrator; the mix must be all 200.");
            }
        }

        return paths;
    }
}
