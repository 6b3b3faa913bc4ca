using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intranet.Hr.Services.Records;

/// <summary>
/// Reads a JSON string, number or boolean into a text field (<c>1962</c> and <c>"1962"</c> alike; <c>true</c> →
/// "true"), so API clients may send numbers as numbers while the field stays text and a bad value is still checked
/// by the row's own rules (a Vietnamese 400, never a 500). Objects and arrays are refused as bad JSON.
/// </summary>
public sealed class TextOrNumberConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        // The number exactly as written (no float rounding: 3.33 stays "3.33").
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException("Giá trị phải là chữ, số hoặc true/false."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
