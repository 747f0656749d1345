using System.Diagnostics;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>`knowledge reindex`: rebuilds the search index from the catalogue (after a restore or a bulk import).</summary>
internal sealed class ReindexCommand : ICliCommand
{
    public string Name => "knowledge reindex";

    public string Description => "Rebuild the knowledge search index from all interventions and documents.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        var watch = Stopwatch.StartNew();
        var count = await scope.ServiceProvider.GetRequiredService<KnowledgeSearch>().RebuildCountingAsync(cancellationToken);
        Console.WriteLine($"Indexed {count} interventions and documents ({database.Provider}) in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
