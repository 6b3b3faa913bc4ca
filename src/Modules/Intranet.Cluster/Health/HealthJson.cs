using System.Text.Json.Serialization;

namespace Intranet.Cluster.Health;

[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJson : JsonSerializerContext;
