using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Cli;

internal sealed class MigrateCommand : ICliCommand
{
    public string Name => "migrate";

    public string Description => "Apply database migrations and exit.";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<DatabaseOptions>();
        Console.WriteLine($"Database ({database.Provider}) is up to date.");
        return Task.FromResult(0);
    }
}
