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
    private readonly SourceRecord _record = new();
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
        reader.Columns = header?.ToValues()?.Select(v => (v ?? "").Trim().TrimStart('\uFEFF')).ToList() ?? [];
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

            _record.Begin(_line);
            string? error = null;
            if (_splitPlainLines && _in.TryPeekLine(out var line) && IsPlain(line, out var content))
            {
                _record.AddSplit(content);
                _record.RawBytes.Append(line[..Math.Min(line.Length, MaxRawBytes)]);
                _in.Advance(line.Length);
                _line += line[^1] == '\n' ? 1 : 0;
            }
            else
            {
                error = ReadRecord();
            }

            if (error is null && _record.FieldCount == 1 && _record.Field(0).IsEmpty)
            {
                continue; // blank line
            }

            if (error is null && Columns.Count > 0 && _record.FieldCount != Columns.Count)
            {
                error = $"Expected {Columns.Count} fields, found {_record.FieldCount}.";
            }

            _record.End(_in.Offset, _line, error);
            return _record;
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

    private string? ReadRecord()
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

            _record.AddField(_field.Span);
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
            if (_record.RawBytes.Length < MaxRawBytes)
            {
                _record.RawBytes.Add((byte)b);
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
