using System.Globalization;
using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// `operations import --operation CODE --kind accounts --file PATH [--format csv|jsonl] [--map source=field,...]`:
/// the same import as the upload page, run in this process with a progress bar on stderr. Running it again with the
/// same file resumes an interrupted import from its last committed batch. `--build-persons no` skips the person build
/// (run `operations build-persons` once after the last file of a large operation).
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "operations import";

    public string Description => "Import a seized data file into an operation (resumable); progress on stderr.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        if (options.Get("operation") is not { } code || options.Get("file") is not { } path
            || !Enum.TryParse<ImportKind>(options.Get("kind"), ignoreCase: true, out var kind) || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync("Usage: operations import --operation CODE --kind accounts|logins|payments|attacks --file PATH [--format csv|jsonl] [--map source=field,...] [--build-persons no]");
            return 2;
        }

        var format = (options.Get("format") ?? Path.GetExtension(path).TrimStart('.')).ToLowerInvariant() is "jsonl" or "ndjson" or "json" ? ImportFormat.JsonLines : ImportFormat.Csv;
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var operation = await sp.GetRequiredService<OperationQueries>().FindByCodeAsync(code, cancellationToken);
        if (operation is null)
        {
            await Console.Error.WriteLineAsync($"No operation with code '{code}'.");
            return 2;
        }

        var actor = new OperationActor("cli", operation.CoordinatingAgencyCode, true);
        var registered = await sp.GetRequiredService<RegisterImportHandler>().HandleAsync(actor, operation.Id, new ImportFile(kind, format, path, path), cancellationToken);
        if (registered.Value is not { } import)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, registered.Errors.SelectMany(e => e.Value)));
            return 1;
        }

        if (import.Status == ImportStatus.AwaitingMapping)
        {
            var detected = ColumnMapping.Detect(kind, import.Columns);
            var (overrides, error) = ColumnMapping.Parse(kind, import.Columns, (options.Get("map") ?? "").Split(','));
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error);
                return 1;
            }

            var mapping = detected.With(overrides!);
            await Console.Error.WriteLineAsync($"Mapping: {string.Join(", ", mapping.ToPairs())}");
            var confirmed = await sp.GetRequiredService<ConfirmMappingHandler>().HandleAsync(actor, import.Id, mapping.ToPairs(), enqueue: false, cancellationToken);
            if (confirmed.IsInvalid)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, confirmed.Errors.SelectMany(e => e.Value)));
                return 1;
            }
        }
        else if (import.RowsCommitted > 0 && import.Status != ImportStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Resuming import {import.Id} after row {import.RowsCommitted}."));
        }

        var result = await sp.GetRequiredService<ImportRunner>().RunAsync(import.Id, p =>
        {
            Console.Error.Write(ProgressLine(p) + (Console.IsErrorRedirected ? "\n" : "\r"));
            return Task.CompletedTask;
        }, cancellationToken);
        await Console.Error.WriteLineAsync();
        if (result.Status != ImportStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Import failed: {result.Error}");
            return 1;
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Imported} rows, {result.Duplicates} duplicates, {result.Quarantined} quarantined (sha256 {result.Sha256})");
        if (string.Equals(options.Get("build-persons"), "no", StringComparison.OrdinalIgnoreCase))
        {
            Console.WriteLine(summary + "; persons not built.");
            return 0;
        }

        var persons = await sp.GetRequiredService<BuildPersonsHandler>().HandleAsync(operation.Id, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary}; {persons.Persons} persons."));
        return 0;
    }

    internal static string ProgressLine(ImportProgress p)
    {
        var fraction = p.TotalBytes > 0 ? Math.Clamp((double)p.Bytes / p.TotalBytes, 0, 1) : 0;
        var filled = (int)(fraction * 30);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction * 100,5:0.0}% rows {p.Rows} bytes {p.Bytes}/{p.TotalBytes} imported {p.Imported} quarantined {p.Quarantined} duplicates {p.Duplicates}");
    }
}

/// <summary>"--name value" pairs of a CLI command.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static CliOptions Parse(IReadOnlyList<string> arguments)
    {
        var options = new CliOptions();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < arguments.Count)
            {
                options._values[arguments[i][2..]] = arguments[++i];
            }
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) => int.TryParse(Get(name), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
