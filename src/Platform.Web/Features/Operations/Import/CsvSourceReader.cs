namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// RFC 4180 CSV with a header row, with every record's start offset known (resume). Quoted fields
/// may hold commas, doubled quotes and line breaks; CRLF and LF both end a record; blank lines are skipped. A quote
/// inside an unquoted field is kept as text (dumps do this); text after a closing quote or an unterminated quote makes
/// the record an error, and reading continues at the next line.
/// </summary>
internal sealed class CsvSourceReader : ISourceReader
{
    private const int MaxRawBytes = QuarantinedRow.RawLength * 2;
    private readonly Stream _stream;
    private readonly ByteBuffer _in;
    private readonly ByteBuilder _field = new();
    private readonly ByteBuilder _raw = new();
    private long _line;
    private bool _splitPlainLines;

    private CsvSourceReader(Stream stream)
    {
        _stream = stream;
        _in = new ByteBuffer(stream);
    }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    /// <param name="splitPlainLines">False reads every line byte by byte (tests compare the two ways).</param>
    public static CsvSourceReader Open(Stream stream, long offset, long line, bool splitPlainLines = true)
    {
        var reader = new CsvSourceReader(stream) { _splitPlainLines = splitPlainLines };
        reader._in.Seek(0);
        reader._line = 1;
        var header = reader.Next();
        reader.Columns = header?.Values?.Select(v => (v ?? "").Trim().TrimStart('\uFEFF')).ToList() ?? [];
        if (offset > 0)
        {
            reader._in.Seek(offset);
            reader._line = line;
        }

        return reader;
    }

    public SourceRecord? Next()
    {
        while (true)
        {
            if (_in.Peek() < 0)
            {
                return null;
            }

            var startLine = _line;
            string?[] values;
            string raw;
            string? error = null;
            if (_splitPlainLines && _in.TryPeekLine(out var line) && IsPlain(line, out var content))
            {
                values = Split(content);
                raw = System.Text.Encoding.UTF8.GetString(line[..Math.Min(line.Length, MaxRawBytes)]);
                _in.Advance(line.Length);
                _line += line[^1] == '\n' ? 1 : 0;
            }
            else
            {
                _raw.Clear();
                var read = new List<string?>(Columns.Count == 0 ? 8 : Columns.Count);
                error = ReadRecord(read);
                values = [.. read];
                raw = _raw.Text(MaxRawBytes);
            }

            if (error is null && values.Length == 1 && values[0]!.Length == 0)
            {
                continue; // blank line
            }

            if (error is null && Columns.Count > 0 && values.Length != Columns.Count)
            {
                error = $"Expected {Columns.Count} fields, found {values.Length}.";
            }

            return new SourceRecord(startLine, _in.Offset, _line, error is null ? values : null, raw, error);
        }
    }

    /// <summary>
    /// Whether no byte of the line needs the byte-by-byte reader (no quote, no carriage return but one before the line
    /// feed); <paramref name="content"/> is the line without its line break. Most lines of a dump are plain, and are
    /// split with vectorised searches instead.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> content)
    {
        content = line[^1] == '\n' ? line[..^1] : line;
        if (!content.IsEmpty && content[^1] == '\r')
        {
            content = content[..^1];
        }

        return content.IndexOfAny((byte)'"', (byte)'\r') < 0;
    }

    private static string?[] Split(ReadOnlySpan<byte> content)
    {
        var values = new string?[content.Count((byte)',') + 1];
        for (var i = 0; i < values.Length - 1; i++)
        {
            var comma = content.IndexOf((byte)',');
            values[i] = System.Text.Encoding.UTF8.GetString(content[..comma]);
            content = content[(comma + 1)..];
        }

        values[^1] = System.Text.Encoding.UTF8.GetString(content);
        return values;
    }

    private string? ReadRecord(List<string?> values)
    {
        while (true)
        {
            _field.Clear();
            var first = _in.Peek();
            string? error = first == '"' ? ReadQuoted() : ReadUnquoted();
            if (error is not null)
            {
                SkipToLineEnd();
                return error;
            }

            values.Add(_field.Text());
            var end = Take();
            if (end == ',')
            {
                continue;
            }

            if (end == '\r' && _in.Peek() == '\n')
            {
                Take();
            }

            return null; // '\n', '\r' or end of file
        }
    }

    private string? ReadUnquoted()
    {
        while (_in.Peek() is var b && b >= 0 && b != ',' && b != '\n' && b != '\r')
        {
            _field.Add((byte)Take());
        }

        return null;
    }

    private string? ReadQuoted()
    {
        Take();
        while (true)
        {
            var b = Take();
            if (b < 0)
            {
                return "Unterminated quoted field.";
            }

            if (b == '"')
            {
                if (_in.Peek() == '"')
                {
                    _field.Add((byte)Take());
                    continue;
                }

                return _in.Peek() is ',' or '\n' or '\r' or -1 ? null : "Text after a closing quote.";
            }

            _field.Add((byte)b);
        }
    }

    private void SkipToLineEnd()
    {
        while (Take() is var b && b >= 0 && b != '\n')
        {
        }
    }

    /// <summary>Consumes one byte, keeping the raw text and the line count.</summary>
    private int Take()
    {
        var b = _in.Read();
        if (b >= 0)
        {
            if (_raw.Length < MaxRawBytes)
            {
                _raw.Add((byte)b);
            }

            if (b == '\n')
            {
                _line++;
            }
        }

        return b;
    }

    public void Dispose() => _stream.Dispose();
}
