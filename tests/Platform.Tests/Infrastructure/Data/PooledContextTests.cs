using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure.Data;

/// <summary>Contexts are pooled (DatabaseSetup): what one unit of work changes on its context must not reach the next.</summary>
public sealed class PooledContextTests
{
    [Fact]
    public async Task SettingsChangedByOneUnitOfWork_AreBackToDefaultsForTheNext()
    {
        await using var app = new AppFactory();
        await app.WithScopeAsync(services =>
        {
            // The audit writer turns savepoints off for its own transaction.
            var db = services.GetRequiredService<AppDbContext>();
            db.Database.AutoSavepointsEnabled = false;
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            return Task.CompletedTask;
        });

        for (var rent = 0; rent < 4; rent++)
        {
            await app.WithScopeAsync(services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                Assert.True(db.Database.AutoSavepointsEnabled);
                Assert.Equal(QueryTrackingBehavior.TrackAll, db.ChangeTracker.QueryTrackingBehavior);
                return Task.CompletedTask;
            });
        }
    }
}
