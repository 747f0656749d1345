using BenchmarkDotNet.Attributes;
using Platform.Web.Features.Operations.Import;

namespace Platform.Benchmarks;

/// <summary>
/// The client side of staging one file, without the database: read the CSV records, map each to a staging row
/// (validation, row hash). Generated attacks and accounts files (<see cref="SyntheticDumps"/>, 20,000 accounts,
/// 200,000 attacks: 201,000 and 20,100 rows with the generated duplicates); the result is the time for the whole file.
/// Run with the "parse" argument.
/// </summary>
public class ImportParseBenchmarks
{
    private string _folder = "";
    private readonly Dictionary<ImportKind, string> _files = [];

    [Params(ImportKind.Attacks, ImportKind.Accounts)]
    public ImportKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "intercop-parse-bench-" + Environment.ProcessId);
        SyntheticDumps.Write(_folder, 20_000, 200_000, seed: 1);
        foreach (var (kind, name) in new[] { (ImportKind.Attacks, "attacks.csv"), (ImportKind.Accounts, "accounts.csv") })
        {
            _files[kind] = Path.Combine(_folder, name);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public long ReadAndMap()
    {
        using var reader = SourceReaders.Open(File.OpenRead(_files[Kind]), ImportFormat.Csv);
        var mapper = new RowMapper(Kind, reader.Columns, ColumnMapping.Detect(Kind, reader.Columns), new DateOnly(2026, 1, 1));
        long mapped = 0, row = 0;
        while (reader.Next() is { } record)
        {
            if (record.Error is null && mapper.Map(Guid.Empty, Guid.Empty, "NL", ++row, record).Row is not null)
            {
                mapped++;
            }
        }

        return mapped;
    }
}
