using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Demo;

public static class DatabasePreparation
{
    /// <summary>Applies migrations (Database:MigrateOnStartup, default true) and seeds demo data when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await app.Services.MigrateDatabaseAsync();
        }

        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            foreach (var seeder in app.Services.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await using var scope = app.Services.CreateAsyncScope();
                await seeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
            }
        }
    }
}
