using System.Globalization;
using System.Security.Cryptography;

using System.Text.Json;
using Intranet.AuditTrail.Models;

namespace Intranet.AuditTrail.Services;

/// <summary>
/// The chain's hash: SHA-256 over the previous entry's hash and the entry's canonical content, a JSON array
/// of every stored field in a fixed order (so no field can change without changing the hash).
/// </summary>
public static class AuditHasher
{
    /// <summary>The "previous hash" of the first entry of a chain.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Compute(string previousHash, AuditEntry entry)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(previousHash);
            json.WriteNumberValue(entry.Id);
            json.WriteStringValue(entry.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.TenantName);
            json.WriteStringValue(entry.Category);
            json.WriteStringValue(entry.Action);
            json.WriteStringValue(entry.Subject);
            json.WriteStringValue(entry.Details);
            json.WriteStringValue(entry.Actor);
            json.WriteBooleanValue(entry.Succeeded);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>Times are kept to the millisecond so the stored text and the hashed text always agree.</summary>
    public static DateTime Normalize(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

}
