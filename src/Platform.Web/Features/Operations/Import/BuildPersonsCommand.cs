using System.Globalization;
using Platform.Web.Features.Operations.Records;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Operations.Import;

/// <summary>`operations build-persons --operation CODE`: builds the operation's persons from everything imported so far.</summary>
internal sealed class BuildPersonsCommand : ICliCommand
{
    public string Name => "operations build-persons";

    public string Description => "Build an operation's persons from all its imported rows (idempotent).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (CliOptions.Parse(arguments).Get("operation") is not { } code)
        {
            await Console.Error.WriteLineAsync("Usage: operations build-persons --operation CODE");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var operation = await scope.ServiceProvider.GetRequiredService<OperationQueries>().FindByCodeAsync(code, cancellationToken);
        if (operation is null)
        {
            await Console.Error.WriteLineAsync($"No operation with code '{code}'.");
            return 2;
        }

        var written = await scope.ServiceProvider.GetRequiredService<BuildPersonsHandler>().HandleAsync(operation.Id, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Persons} persons ({written.Created} new, {written.Updated} updated)."));
        return 0;
    }
}
