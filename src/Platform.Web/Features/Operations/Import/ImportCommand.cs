using System.Globalization;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// `operations import --operation CODE --kind accounts --file PATH [--kind logins --file PATH ...] [--format csv|jsonl]
/// [--map source=field,...]`: the same import as the upload page, run in this process with a progress bar on stderr.
/// Several `--kind`/`--file` pairs import their files one after the other in one process (one start-up) and build the
/// persons once at the end. Running it again with the same files resumes an interrupted import from its last committed
/// batch (a file already imported counts its rows as duplicates). `--build-persons no` skips the person build (run
/// `operations build-persons` once after the last file of a large operation).
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    private const string Usage = "Usage: operations import --operation CODE --kind accounts|logins|payments|attacks --file PATH [--kind KIND --file PATH ...] [--format csv|jsonl] [--map source=field,...] [--build-persons no]";

    public string Name => "operations import";

    public string Description => "Import seized data files into an operation (resumable); progress on stderr.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        var files = Files(options);
        if (options.Get("operation") is not { } code || files is null || (files.Count > 1 && options.Get("map") is not null))
        {
            await Console.Error.WriteLineAsync(Usage + (files?.Count > 1 ? " (--map only with one file)" : ""));
            return 2;
        }

        Operation? operation;
        await using (var scope = services.CreateAsyncScope())
        {
            operation = await scope.ServiceProvider.GetRequiredService<OperationQueries>().FindByCodeAsync(code, cancellationToken);
        }

        if (operation is null)
        {
            await Console.Error.WriteLineAsync($"No operation with code '{code}'.");
            return 2;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var build = !string.Equals(options.Get("build-persons"), "no", StringComparison.OrdinalIgnoreCase);
        // Only for the build at the end: without one, folding would cost memory and time for nothing.
        var staged = build ? new StagedAccountFolds() : null;
        foreach (var (kind, path) in files)
        {
            // A scope per file: each file's import starts with an empty change tracker.
            await using var scope = services.CreateAsyncScope();
            var (started, cpu) = (clock.GetTimestamp(), Environment.CpuUsage.TotalTime);
            var (exit, summary) = await ImportFileAsync(scope.ServiceProvider, operation, kind, path, options, staged, cancellationToken);
            if (exit != 0)
            {
                return exit;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {summary} in {Took(clock, started, cpu)}."));
        }

        if (!build)
        {
            Console.WriteLine("Persons not built.");
            return 0;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var (started, cpu) = (clock.GetTimestamp(), Environment.CpuUsage.TotalTime);
            var persons = await scope.ServiceProvider.GetRequiredService<BuildPersonsHandler>().HandleAsync(operation.Id, staged, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Persons: {persons.Persons} ({persons.Created} new, {persons.Updated} updated) in {Took(clock, started, cpu)}."));
        }

        return 0;
    }

    /// <summary>The --kind/--file pairs in order, or null when they do not pair up, a kind is unknown or a file is missing.</summary>
    private static List<(ImportKind Kind, string Path)>? Files(CliOptions options)
    {
        var (kinds, paths) = (options.All("kind"), options.All("file"));
        if (kinds.Count == 0 || kinds.Count != paths.Count)
        {
            return null;
        }

        var files = new List<(ImportKind, string)>();
        for (var i = 0; i < kinds.Count; i++)
        {
            if (!Enum.TryParse<ImportKind>(kinds[i], ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || !File.Exists(paths[i]))
            {
                return null;
            }

            files.Add((kind, paths[i]));
        }

        return files;
    }

    private static async Task<(int Exit, string? Summary)> ImportFileAsync(
        IServiceProvider sp, Operation operation, ImportKind kind, string path, CliOptions options, StagedAccountFolds? staged, CancellationToken cancellationToken)
    {
        var format = (options.Get("format") ?? Path.GetExtension(path).TrimStart('.')).ToLowerInvariant() is "jsonl" or "ndjson" or "json" ? ImportFormat.JsonLines : ImportFormat.Csv;
        var actor = new OperationActor("cli", operation.CoordinatingAgencyCode, true);
        var registered = await sp.GetRequiredService<RegisterImportHandler>().HandleAsync(actor, operation.Id, new ImportFile(kind, format, path, path), cancellationToken);
        if (registered.Value is not { } import)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, registered.Errors.SelectMany(e => e.Value)));
            return (1, null);
        }

        if (import.Status == ImportStatus.AwaitingMapping)
        {
            var detected = ColumnMapping.Detect(kind, import.Columns);
            var (overrides, error) = ColumnMapping.Parse(kind, import.Columns, (options.Get("map") ?? "").Split(','));
            if (error is not null)
            {
                await Console.Error.WriteLineAsync(error);
                return (1, null);
            }

            var mapping = detected.With(overrides!);
            await Console.Error.WriteLineAsync($"Mapping ({kind}): {string.Join(", ", mapping.ToPairs())}");
            var confirmed = await sp.GetRequiredService<ConfirmMappingHandler>().HandleAsync(actor, import.Id, mapping.ToPairs(), enqueue: false, cancellationToken);
            if (confirmed.IsInvalid)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, confirmed.Errors.SelectMany(e => e.Value)));
                return (1, null);
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
        }, staged, cancellationToken);
        await Console.Error.WriteLineAsync();
        if (result.Status != ImportStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Import of {path} failed: {result.Error}");
            return (1, null);
        }

        return (0, string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Imported} rows, {result.Duplicates} duplicates, {result.Quarantined} quarantined (sha256 {result.Sha256})"));
    }

    /// <summary>Wall-clock and this process's CPU seconds since a start (the import benchmark reads them).</summary>
    private static string Took(TimeProvider clock, long started, TimeSpan cpu) => string.Create(CultureInfo.InvariantCulture,
        $"{clock.GetElapsedTime(started).TotalSeconds:0.0} s (CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:0.0} s)");

    internal static string ProgressLine(ImportProgress p)
    {
        var fraction = p.TotalBytes > 0 ? Math.Clamp((double)p.Bytes / p.TotalBytes, 0, 1) : 0;
        var filled = (int)(fraction * 30);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction * 100,5:0.0}% rows {p.Rows} bytes {p.Bytes}/{p.TotalBytes} imported {p.Imported} quarantined {p.Quarantined} duplicates {p.Duplicates}");
    }
}
