using System.Text.Json.Serialization;

namespace Intranet.Cluster.Health;

/// <summary>The body of a health answer: an overall word and, for readiness, one word per check.</summary>
public sealed record HealthReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("checks"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Checks);
