using System.Globalization;
using Platform.Web.Infrastructure.Cli;

namespace Platform.Web.Features.Operations.Import;

/// <summary>`operations generate --out DIR --accounts N --attacks M --seed S`: synthetic seized data (never real dumps).</summary>
internal sealed class GenerateCommand : ICliCommand
{
    public string Name => "operations generate";

    public string Description => "Write synthetic accounts/logins/payments/attacks CSV files for tests and benchmarks.";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = CliOptions.Parse(arguments);
        if (options.Get("out") is not { } folder)
        {
            Console.Error.WriteLine("Usage: operations generate --out DIR [--accounts N] [--attacks M] [--seed S]");
            return Task.FromResult(2);
        }

        var counts = SyntheticDumps.Write(folder, options.Int("accounts", 1000), options.Int("attacks", 10_000), options.Int("seed", 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {counts.Accounts} accounts, {counts.Logins} logins, {counts.Payments} payments, {counts.Attacks} attacks to {Path.GetFullPath(folder)}."));
        return Task.FromResult(0);
    }
}
