using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Operations.Records;

/// <summary>
/// `operations create --code CODE --coordinator NL [--participants FI,SE] [--name ...] [--service ...] [--legal-basis ...]
/// [--takedown yyyy-MM-dd]`: opens an operation for a CLI import (benchmarks, large imports on the server), through the
/// same handler, validation and audit as the page. The coordinating agency must exist and be active.
/// </summary>
internal sealed class CreateOperationCommand : ICliCommand
{
    public string Name => "operations create";

    public string Description => "Open an operation (coordinator and participants by country code) for CLI imports.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        DateOnly? takedown = null;
        if (options.Get("takedown") is { } date)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await Console.Error.WriteLineAsync("--takedown must be a date as yyyy-MM-dd.");
                return 2;
            }

            takedown = parsed;
        }

        if (options.Get("code") is not { } code || options.Get("coordinator")?.Trim().ToUpperInvariant() is not { Length: > 0 } coordinator)
        {
            await Console.Error.WriteLineAsync("Usage: operations create --code CODE --coordinator CC [--participants CC,CC] [--name NAME] [--service SERVICE] [--legal-basis TEXT] [--takedown yyyy-MM-dd]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        if (!await sp.GetRequiredService<AppDbContext>().Agencies.AnyAsync(a => a.Code == coordinator && a.IsActive, cancellationToken))
        {
            await Console.Error.WriteLineAsync($"No active agency '{coordinator}'.");
            return 1;
        }

        var input = new OperationInput
        {
            Code = code,
            Name = options.Get("name") ?? code,
            TargetService = options.Get("service") ?? "unknown",
            ServiceType = ServiceType.DdosForHire,
            LegalBasisNote = options.Get("legal-basis") ?? "Recorded by the coordinator on the command line.",
            TakedownDate = takedown,
            Participants = (options.Get("participants") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
        var outcome = await sp.GetRequiredService<CreateOperationHandler>().HandleAsync(new OperationActor("cli", coordinator, true), input, cancellationToken);
        if (outcome.Value is not { } operation)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, outcome.Errors.SelectMany(e => e.Value)));
            return 1;
        }

        Console.WriteLine($"Opened operation {operation.Code} ({operation.Id}), coordinated by {operation.CoordinatingAgencyCode}; participants {string.Join(",", operation.Participants)}.");
        return 0;
    }
}
