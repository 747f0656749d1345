using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Save interceptors registered by features (ISaveChangesInterceptor, singletons) join every context. The options
    /// are built once (singleton lifetime), not per request: everything they hold is a singleton, and rebuilding
    /// them showed up in request profiles. Configure them with ConfigureDbContext(..., ServiceLifetime.Singleton).
    /// </summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddScoped<AgencyScope>();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresAppDbContext>(
                (sp, o) => o.UseNpgsql(database.ConnectionString).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteAppDbContext>(
                (sp, o) => o.UseSqlite(database.ConnectionString).AddInterceptors(sp.GetServices<ISaveChangesInterceptor>()),
                optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }

        return services;
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
