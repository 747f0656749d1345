namespace Platform.Web.Infrastructure.Cli;

/// <summary>
/// A command run as `dotnet run --project src/Platform.Web -- &lt;name&gt; [args]` instead of starting the web server,
/// e.g. `audit verify`. Features register theirs in AddX.
/// </summary>
public interface ICliCommand
{
    /// <summary>One or two words, e.g. "migrate" or "audit verify".</summary>
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken);
}
