using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Platform.Tests.Fuzzing;
using Platform.Web.Features.Operations.Import;

namespace Platform.Tests.Features.Operations.Import;

/// <summary>
/// The import parsers under generated input (random pieces, mutated valid files, raw bytes): they never throw,
/// every record carries either values or an error (the importer quarantines the latter), the row hash of its bytes as
/// read equals the row hash of its values, offsets only move forward, and resuming at any record's checkpoint reads
/// exactly the records an uninterrupted read gives after it.
/// Default 300 inputs per format; <c>INTERCOP_FUZZ_CASES=10000</c> for the long mode.
/// </summary>
public sealed class SourceReaderFuzzTests
{
    private static readonly string[] Pieces =
        ["a", "7", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "é", "\u0000", "{", "}", ":", "[", "]", "\\", "null", "😀", "\uFEFF", "\t", "1.2.3.4", "@"];

    private static readonly string ValidCsv =
        "userid,username,email,ip\n1,alice,a@x.nl,1.2.3.4\n2,\"bob, jr\",b@x.nl,5.6.7.8\n3,\"say \"\"hi\"\"\",\"multi\nline\",9.9.9.9\n";

    private static readonly string ValidJsonLines =
        "{\"userid\":1,\"username\":\"alice\",\"email\":\"a@x.nl\"}\n{\"userid\":2,\"ip\":\"5.6.7.8\"}\n{\"userid\":3,\"username\":null}\n";

    [Theory]
    [InlineData(ImportFormat.Csv)]
    [InlineData(ImportFormat.JsonLines)]
    public void Read_AnyInput_NeverThrowsAndResumesAtEveryCheckpointIdentically(ImportFormat format)
    {
        var inputs = FuzzValues.Sample(Inputs(format == ImportFormat.Csv ? ValidCsv : ValidJsonLines), $"import-reader-{format}", FuzzSettings.Cases(300));
        var findings = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            try
            {
                Check(inputs[i], format);
            }
#pragma warning disable CA1031 // every failure of any kind is a finding to report with its input
            catch (Exception e)
#pragma warning restore CA1031
            {
                findings.Add($"case {i} ({FuzzSettings.Replay}): {e.GetType().Name}: {e.Message}\n  input: {Convert.ToBase64String(inputs[i])}");
            }
        }

        Assert.True(findings.Count == 0, string.Join('\n', findings.Take(5)));
    }

    [Fact]
    public void ReadCsv_AnyInput_PlainLinesSplitAsTheByteByByteReaderReadsThem()
    {
        var inputs = FuzzValues.Sample(Inputs(ValidCsv), "import-reader-csv-lines", FuzzSettings.Cases(300));
        foreach (var input in inputs)
        {
            Assert.Equal(ReadCsv(input, splitPlainLines: false), ReadCsv(input, splitPlainLines: true));
        }
    }

    [Fact]
    public void ReadCsv_LinesLongerThanTheBuffer_SameRecordsBothWays()
    {
        // The line reader's buffer is 64 KiB: a plain line, a quoted field and a line without a line feed past it.
        var longValue = new string('x', 70_000);
        var text = $"c1,c2\n1,{longValue}\n2,\"{longValue}\n{longValue}\"\r\n3,short\n4,{longValue}";
        var input = Encoding.UTF8.GetBytes(text);

        var read = ReadCsv(input, splitPlainLines: true);

        Assert.Equal(ReadCsv(input, splitPlainLines: false), read);
        Assert.Equal(5, read.Count); // the header and four records
        Assert.Equal(input.Length, long.Parse(read[^1].Split('|')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReadCsv_GeneratedFields_RoundTripExactly()
    {
        var field = Gen.ListOf(Gen.Elements("a", "b", ",", "\"", "\n", "é", " ", "x")).Select(p => string.Concat(p));
        var rows = FuzzValues.Sample(Gen.ArrayOf(field, 3).Where(r => r.Length == 3).NonEmptyListOf(), "import-csv-roundtrip", FuzzSettings.Cases(200));
        foreach (var generated in rows)
        {
            // Rows whose fields are all empty are blank lines in CSV, which readers skip.
            var expected = generated.Where(r => r.Any(f => f.Length > 0)).ToList();
            var text = "c1,c2,c3\n" + string.Concat(expected.Select(r => string.Join(',', r.Select(Quote)) + "\n"));

            var read = ReadAll(Encoding.UTF8.GetBytes(text), ImportFormat.Csv, null, 0, 0).Records;

            Assert.Equal(expected.Select(r => string.Join('|', r)), read.Select(r => string.Join('|', r.Values!)));
            Assert.All(read, r => Assert.Equal(RowMapper.Hash(r.Values!), RowMapper.Hash(r.Joined)));
        }
    }

    private static void Check(byte[] input, ImportFormat format)
    {
        var (columns, all) = ReadAll(input, format, null, 0, 0);
        var previous = -1L;
        foreach (var record in all)
        {
            Assert.True(record.Values is null != (record.Error is null), $"line {record.Line}: values xor error");
            Assert.True(record.NextOffset > previous, $"line {record.Line}: offset {record.NextOffset} after {previous}");
            previous = record.NextOffset;
            // The importer hashes the joined bytes as read; files are refused unless they are UTF-8 (FileInspection).
            Assert.True(record.Values is null || !System.Text.Unicode.Utf8.IsValid(input) || RowMapper.Hash(record.Values).SequenceEqual(RowMapper.Hash(record.Joined)),
                $"line {record.Line}: row hash of the joined bytes");
        }

        foreach (var k in Enumerable.Range(0, all.Count).Where(k => k < 3 || k % 7 == 0))
        {
            var resumed = ReadAll(input, format, columns, all[k].NextOffset, all[k].NextLine).Records;
            Assert.Equal(all.Skip(k + 1).Select(Describe), resumed.Select(Describe));
        }
    }

    private static (IReadOnlyList<string> Columns, List<Read> Records) ReadAll(byte[] input, ImportFormat format, IReadOnlyList<string>? columns, long offset, long line)
    {
        using var reader = SourceReaders.Open(new MemoryStream(input), format, columns, offset, line);
        var records = new List<Read>();
        while (reader.Next() is { } record)
        {
            records.Add(Read.Of(record));
            Assert.True(records.Count <= input.Length + 1, "the reader does not advance");
        }

        return (reader.Columns, records);
    }

    private static List<string> ReadCsv(byte[] input, bool splitPlainLines)
    {
        using var reader = CsvSourceReader.Open(new MemoryStream(input), 0, 0, splitPlainLines);
        var records = new List<string> { string.Join('|', reader.Columns) };
        while (reader.Next() is { } record)
        {
            records.Add(Describe(Read.Of(record)) + "|" + record.Raw);
        }

        return records;
    }

    private static string Describe(Read r) =>
        $"{r.Line}|{r.NextOffset}|{r.NextLine}|{(r.Values is null ? "-" : string.Join('\u0001', r.Values.Select(v => v ?? "\u0002")))}|{r.Error}";

    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static Gen<byte[]> Inputs(string valid)
    {
        var pieces = Gen.ListOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)));
        var mutation = Gen.Zip(Gen.Choose(0, valid.Length), Gen.Zip(Gen.Choose(0, 3), Gen.Elements(Pieces)));
        var mutated = Gen.ListOf(mutation).Select(changes =>
        {
            var text = new StringBuilder(valid);
            foreach (var (at, (kind, piece)) in changes)
            {
                var position = Math.Min(at, text.Length);
                _ = kind switch
                {
                    0 when position < text.Length => text.Remove(position, 1),
                    1 when position < text.Length => text.Remove(position, 1).Insert(position, piece),
                    _ => text.Insert(position, piece),
                };
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        });
        var bytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var header = Encoding.UTF8.GetBytes(valid[..(valid.IndexOf('\n', StringComparison.Ordinal) + 1)]);
        var bytesAfterHeader = bytes.Select(b => header.Concat(b).ToArray());
        return Gen.Frequency((2, pieces), (4, mutated), (1, bytes), (1, bytesAfterHeader));
    }

    /// <summary>What a reader returned for one record (the reader reuses its record object for the next).</summary>
    private sealed record Read(long Line, long NextOffset, long NextLine, string?[]? Values, string? Error, byte[] Joined)
    {
        public static Read Of(SourceRecord r) => new(r.Line, r.NextOffset, r.NextLine, r.ToValues(), r.Error, r.Joined.ToArray());
    }
}
