using System.Globalization;
using System.Text.Json;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// JSON Lines: one JSON object per line; blank lines are skipped. Columns are the keys of the first lines (or the
/// columns stored with the import); strings, numbers and booleans become values, null and missing keys none.
/// A line that is not one JSON object is an error record.
/// </summary>
internal sealed class JsonLinesSourceReader : ISourceReader
{
    private const int ColumnSampleLines = 1000;
    private readonly Stream _stream;
    private readonly ByteBuffer _in;
    private readonly ByteBuilder _lineBytes = new();
    private readonly SourceRecord _record = new();
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private long _line;

    private JsonLinesSourceReader(Stream stream)
    {
        _stream = stream;
        _in = new ByteBuffer(stream);
    }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public static JsonLinesSourceReader Open(Stream stream, IReadOnlyList<string>? knownColumns, long offset, long line)
    {
        var reader = new JsonLinesSourceReader(stream);
        reader.Columns = knownColumns ?? reader.SampleColumns();
        reader._index = reader.Columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        reader._in.Seek(offset);
        reader._line = offset == 0 ? 1 : line;
        return reader;
    }

    private List<string> SampleColumns()
    {
        _in.Seek(0);
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ColumnSampleLines && ReadLine(); i++)
        {
            try
            {
                using var document = JsonDocument.Parse(_lineBytes.Text());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var property in document.RootElement.EnumerateObject().Where(p => seen.Add(p.Name)))
                {
                    columns.Add(property.Name);
                }
            }
            catch (JsonException)
            {
                // Broken lines are quarantined when read; they add no columns.
            }
        }

        return columns;
    }

    public SourceRecord? Next()
    {
        while (true)
        {
            var startLine = _line;
            if (!ReadLine())
            {
                return null;
            }

            var text = _lineBytes.Text();
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            _record.Begin(startLine);
            _record.RawBytes.Append(_lineBytes.Span[..Math.Min(_lineBytes.Length, QuarantinedRow.RawLength * 2)]);
            var (values, error) = Parse(text);
            foreach (var value in values ?? [])
            {
                if (value is null)
                {
                    _record.AddNull();
                }
                else
                {
                    _record.AddText(value);
                }
            }

            _record.End(_in.Offset, _line, error);
            return _record;
        }
    }

    private (string?[]? Values, string? Error) Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The line is not a JSON object.");
            }

            var values = new string?[Columns.Count];
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (_index.TryGetValue(property.Name, out var i))
                {
                    values[i] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Number => property.Value.GetRawText(),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        JsonValueKind.Null or JsonValueKind.Undefined => null,
                        _ => property.Value.GetRawText(),
                    };
                }
            }

            return (values, null);
        }
        catch (JsonException e)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"JSON syntax error at byte {e.BytePositionInLine ?? 0} of the line."));
        }
    }

    /// <summary>Reads up to and including the next '\n' (dropped, with a trailing '\r'); false at the end.</summary>
    private bool ReadLine()
    {
        _lineBytes.Clear();
        var any = false;
        while (_in.Read() is var b && b >= 0)
        {
            any = true;
            if (b == '\n')
            {
                _line++;
                break;
            }

            _lineBytes.Add((byte)b);
        }

        if (_lineBytes.Length > 0 && _lineBytes.Span[^1] == '\r')
        {
            _lineBytes.Truncate(_lineBytes.Length - 1);
        }

        return any;
    }

    public void Dispose() => _stream.Dispose();
}
