using System.Buffers;
using System.Text.Json;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// A person's evidence as EF Core stores the JSON column (<see cref="OperationPerson.Evidence"/>): an array of objects
/// with the property names, the kind as its name, nulls written out. For the COPY path, which bypasses EF Core;
/// <c>PersonWriterTests</c> compare what both paths store.
/// </summary>
internal static class EvidenceJson
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The UTF-8 JSON, valid until the next call on the same thread.</summary>
    public static ReadOnlySpan<byte> Write(IReadOnlyList<PersonEvidence> evidence)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartArray();
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            writer.WriteStartObject();
            writer.WriteNumber("Count"u8, e.Count);
            writer.WriteString("Country"u8, e.Country);
            writer.WriteString("Detail"u8, e.Detail);
            writer.WriteString("Kind"u8, e.Kind.ToString());
            writer.WriteString("Value"u8, e.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
