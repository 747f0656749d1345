namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// The record a reader read last: its values as UTF-8 bytes, or a parse error. A reader reuses one instance for all
/// its records, so the contents are valid until its next call (no allocation per row on the import's hot path).
/// <see cref="NextOffset"/> and <see cref="NextLine"/> are where the following record starts: the resume checkpoint
/// after this record.
/// </summary>
public sealed class SourceRecord
{
    private const byte Separator = 0x1f;
    private readonly ByteBuilder _joined = new();
    private readonly ByteBuilder _raw = new();
    private readonly List<int> _ends = [];
    private readonly List<bool> _nulls = [];

    public long Line { get; private set; }

    public long NextOffset { get; private set; }

    public long NextLine { get; private set; }

    public string? Error { get; private set; }

    public int FieldCount => _ends.Count;

    /// <summary>
    /// The values joined by U+001F, a null value as U+0000: the bytes <see cref="RowMapper.Hash(string?[])"/> hashes,
    /// here without decoding and re-encoding them.
    /// </summary>
    public ReadOnlySpan<byte> Joined => _joined.Span;

    /// <summary>The record's bytes as read (up to the quarantine's limit), for a quarantined row.</summary>
    public string Raw => _raw.Text();

    public ReadOnlySpan<byte> Field(int index)
    {
        var start = index == 0 ? 0 : _ends[index - 1] + 1;
        return _nulls[index] ? default : _joined.Span[start.._ends[index]];
    }

    public bool IsNull(int index) => _nulls[index];

    /// <summary>The values as strings (a null value as null), or null for an error record. Allocates: not for the hot path.</summary>
    public string?[]? ToValues() =>
        Error is not null ? null : Enumerable.Range(0, FieldCount).Select(i => IsNull(i) ? null : System.Text.Encoding.UTF8.GetString(Field(i))).ToArray();

    internal ByteBuilder RawBytes => _raw;

    internal void Begin(long line)
    {
        Line = line;
        Error = null;
        _joined.Clear();
        _raw.Clear();
        _ends.Clear();
        _nulls.Clear();
    }

    internal void AddField(ReadOnlySpan<byte> value)
    {
        StartField();
        _joined.Append(value);
        EndField(isNull: false);
    }

    internal void AddText(string value)
    {
        StartField();
        System.Text.Encoding.UTF8.GetBytes(value, _joined.Extend(System.Text.Encoding.UTF8.GetByteCount(value)));
        EndField(isNull: false);
    }

    internal void AddNull()
    {
        StartField();
        _joined.Add(0);
        EndField(isNull: true);
    }

    /// <summary>Adds the fields of a line that holds no quote: the bytes between the commas.</summary>
    internal void AddSplit(ReadOnlySpan<byte> content)
    {
        StartField();
        var start = _joined.Length;
        var copy = _joined.Extend(content.Length);
        content.CopyTo(copy);
        for (var comma = content.IndexOf((byte)','); comma >= 0; comma = content.IndexOf((byte)','))
        {
            _ends.Add(start + comma);
            _nulls.Add(false);
            start += comma + 1;
            content = content[(comma + 1)..];
        }

        copy.Replace((byte)',', Separator);
        EndField(isNull: false);
    }

    internal void End(long nextOffset, long nextLine, string? error)
    {
        NextOffset = nextOffset;
        NextLine = nextLine;
        Error = error;
    }

    private void StartField()
    {
        if (_ends.Count > 0)
        {
            _joined.Add(Separator);
        }
    }

    private void EndField(bool isNull)
    {
        _ends.Add(_joined.Length);
        _nulls.Add(isNull);
    }
}

/// <summary>Reads records from a position in a file; the header (columns) is read first, always from the start.</summary>
public interface ISourceReader : IDisposable
{
    IReadOnlyList<string> Columns { get; }

    /// <summary>Next record (the reader's one <see cref="SourceRecord"/>, refilled), or null at the end of the file.</summary>
    SourceRecord? Next();
}

public static class SourceReaders
{
    /// <summary>Opens a reader positioned at <paramref name="offset"/> (0: first data record).</summary>
    public static ISourceReader Open(Stream stream, ImportFormat format, IReadOnlyList<string>? knownColumns = null, long offset = 0, long line = 0) =>
        format == ImportFormat.Csv
            ? CsvSourceReader.Open(stream, offset, line)
            : JsonLinesSourceReader.Open(stream, knownColumns, offset, line);
}
