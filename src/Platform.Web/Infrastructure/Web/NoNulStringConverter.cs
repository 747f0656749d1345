using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Web.Infrastructure.Web;

/// <summary>
/// Refuses a NUL character in any JSON string of a request: PostgreSQL cannot store it in text (and no field of
/// this platform needs it), so it is a clear 400 at the boundary rather than a database error later.
/// </summary>
public sealed class NoNulStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("Text may not contain NUL characters.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
