using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Save interceptors registered by features (ISaveChangesInterceptor, singletons) join every context; configure
    /// more with ConfigureDbContext(..., ServiceLifetime.Singleton). Contexts are pooled: creating one per request
    /// (its internal services, model lookup and DbSet setup) was about a tenth of a page's CPU in request profiles.
    /// A rented context serves the agency of the scope that asked for it (<see cref="AppDbContext.UseScope"/>);
    /// resolve <see cref="AppDbContext"/>, never the provider type, which has no scope.
    /// </summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddScoped<AgencyScope>();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<PostgresAppDbContext>(
                (sp, o) => o.UseNpgsql(database.ConnectionString).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<AppDbContext>(sp => WithScope(sp, sp.GetRequiredService<PostgresAppDbContext>()));
        }
        else
        {
            services.AddDbContextPool<SqliteAppDbContext>(
                (sp, o) => o.UseSqlite(database.ConnectionString).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()));
            services.AddScoped<AppDbContext>(sp => WithScope(sp, sp.GetRequiredService<SqliteAppDbContext>()));
        }

        return services;
    }

    private static AppDbContext WithScope(IServiceProvider services, AppDbContext db)
    {
        db.UseScope(services.GetRequiredService<AgencyScope>());
        return db;
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
