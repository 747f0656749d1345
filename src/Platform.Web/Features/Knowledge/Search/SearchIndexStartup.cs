using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// At startup, builds the index when it is empty but the catalogue is not: a database restored from a backup,
/// or rows written before search existed. Runs in the background so the site answers at once.
/// </summary>
internal sealed partial class SearchIndexStartup(IServiceScopeFactory scopes, ILogger<SearchIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Set<KnowledgeSearchEntry>().AnyAsync(stoppingToken)
                || !(await db.Interventions.AnyAsync(stoppingToken) || await db.KnowledgeDocuments.AnyAsync(stoppingToken)))
            {
                return;
            }

            var count = await scope.ServiceProvider.GetRequiredService<KnowledgeSearch>().RebuildCountingAsync(stoppingToken);
            LogRebuilt(logger, count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that is not migrated yet (Database:MigrateOnStartup=false) must not stop the site.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge search index was empty; indexed {Count} items.")]
    private static partial void LogRebuilt(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge search index could not be checked or rebuilt; run 'knowledge reindex'.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
