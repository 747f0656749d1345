namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// One record of a source file: its values aligned to the file's columns, or a parse error. <see cref="NextOffset"/>
/// and <see cref="NextLine"/> are where the following record starts: the resume checkpoint after this record.
/// </summary>
public sealed record SourceRecord(long Line, long NextOffset, long NextLine, string?[]? Values, string Raw, string? Error);

/// <summary>Reads records from a position in a file; the header (columns) is read first, always from the start.</summary>
public interface ISourceReader : IDisposable
{
    IReadOnlyList<string> Columns { get; }

    /// <summary>Next record, or null at the end of the file.</summary>
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
