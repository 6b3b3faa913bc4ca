using System.Text;
using System.Text.Json.Nodes;

namespace Intranet.Security.Tests.Fuzz;

/// <summary>Malformed JSON bodies: per property (each hostile value and wrong-typed token), and for the body as a whole.</summary>
public static class JsonBodies
{
    private const string Marker = "\"__fuzz__\"";
    private const string Json = "application/json";

    /// <summary>Made when sent: a megabyte per value adds up over thousands of requests.</summary>
    public static IEnumerable<(string Label, Func<RawBody> Make, bool Sampled)> PerProperty(JsonNode? baseline)
    {
        if (baseline is not JsonObject shape)
        {
            yield break;
        }

        foreach (var name in shape.Select(p => p.Key).ToList())
        {
            var copy = (JsonObject)shape.DeepClone();
            copy[name] = "__fuzz__";
            var text = copy.ToJsonString();
            foreach (var value in HostileValues.ForBody)
            {
                yield return ($"{name} = {value.Label}", () => new(value.Label, Encoding.UTF8.GetBytes(text.Replace(Marker, value.JsonToken, StringComparison.Ordinal)), Json), !value.Always);
            }

            foreach (var (label, token) in HostileValues.JsonTokens)
            {
                yield return ($"{name} = {label}", () => new(label, Encoding.UTF8.GetBytes(text.Replace(Marker, token, StringComparison.Ordinal)), Json), !label.StartsWith("nested", StringComparison.Ordinal));
            }

            // The same property with raw invalid UTF-8 inside the string.
            var cut = text.Split(Marker);
            yield return ($"{name} = raw invalid UTF-8", () => new("raw invalid UTF-8", [.. Encoding.UTF8.GetBytes(cut[0] + "\"a"), 0xFF, 0xC0, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"" + cut[1])], Json), false);
        }
    }

    public static IEnumerable<RawBody> Structural(JsonNode? baseline)
    {
        var good = baseline?.ToJsonString() ?? "{}";
        var trailing = good.EndsWith('}') && good.Length > 2 ? good[..^1] + ",}" : "{\"a\":1,}";
        string[] texts =
        [
            "", " ", "{", "}", "{,}", trailing, "[1,2,]", "null", "[]", "\"thu\"", "123", "true", "{'a':1}", good + "}}}", "/* chú thích */" + good,
            "{\"a\":1,\"a\":2,\"a\":[]}", "{\"__proto__\":{\"isAdmin\":true}}", "1e999",
            new string('[', 5000) + new string(']', 5000),
            string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "null" + new string('}', 5000),
            "{\"a\":\"" + new string('x', 1024 * 1024) + "\"}",
            "[" + string.Join(',', Enumerable.Repeat("1", 100_000)) + "]",
        ];
        foreach (var text in texts)
        {
            yield return new($"body {Describe(text)}", Encoding.UTF8.GetBytes(text), Json);
        }

        yield return new("body with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(good)], Json);
        yield return new("body with NUL bytes", [.. Encoding.UTF8.GetBytes(good), 0, 0, 0], Json);
        yield return new("body raw invalid UTF-8", [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D], Json);
        yield return new("body UTF-16", Encoding.Unicode.GetBytes(good), Json);
        yield return new("JSON sent as text/plain", Encoding.UTF8.GetBytes(good), "text/plain");
        yield return new("JSON sent as a form", Encoding.UTF8.GetBytes(good), "application/x-www-form-urlencoded");
        yield return new("JSON without a content type", Encoding.UTF8.GetBytes(good), null);
        yield return new("JSON with a bogus charset", Encoding.UTF8.GetBytes(good), "application/json; charset=klingon");
    }

    private static string Describe(string text) => text.Length > 40 ? $"({text.Length:N0} chars, starts {text[..12]})" : "'" + text + "'";
}
