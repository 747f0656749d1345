namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// RFC 4180 CSV with a header row, read byte by byte so every record's start offset is known (resume). Quoted fields
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

    private CsvSourceReader(Stream stream)
    {
        _stream = stream;
        _in = new ByteBuffer(stream);
    }

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public static CsvSourceReader Open(Stream stream, long offset, long line)
    {
        var reader = new CsvSourceReader(stream);
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
            _raw.Clear();
            var values = new List<string?>(Columns.Count == 0 ? 8 : Columns.Count);
            var error = ReadRecord(values);
            if (error is null && values.Count == 1 && values[0]!.Length == 0)
            {
                continue; // blank line
            }

            var raw = _raw.Text(MaxRawBytes);
            if (error is null && Columns.Count > 0 && values.Count != Columns.Count)
            {
                error = $"Expected {Columns.Count} fields, found {values.Count}.";
            }

            return new SourceRecord(startLine, _in.Offset, _line, error is null ? values.ToArray() : null, raw, error);
        }
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
