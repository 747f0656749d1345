using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Knowledge.Events.Demo;

/// <summary>
/// Seeds the InterCOP kick-off conference (Lisbon, June 2023: public facts with their sources) and two clearly
/// fictional upcoming webinars that show registration. Runs after the network seeder; does nothing once any event exists.
/// </summary>
internal sealed class EventsDemoSeeder(ILogger<EventsDemoSeeder> logger) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        using var system = db.Scope.BeginSystemWork();
        var agencies = await db.Agencies.Select(a => a.Code).ToListAsync(cancellationToken);
        if (await db.KnowledgeEvents.AnyAsync(cancellationToken) || !agencies.Contains("NL"))
        {
            logger.LogInformation("Events demo data skipped: events exist or the demo network is missing");
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var item in DemoEvents.All(agencies.ToHashSet(StringComparer.Ordinal)))
        {
            item.CreatedAt = item.UpdatedAt = now;
            db.KnowledgeEvents.Add(item);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Events demo data seeded: the InterCOP kick-off conference and fictional 2027 webinars");
    }
}
