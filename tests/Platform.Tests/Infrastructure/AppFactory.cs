using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Platform.Web.Infrastructure.Data;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// The real application in-process, on a fresh database (SQLite, or PostgreSQL in the second CI pass),
/// with a controllable clock. Use one per test class (IClassFixture) or create one per test.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("intercop-test-").FullName;
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public AppFactory()
    {
        Database = new TestDatabase(_dataDirectory);
        Clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
    }

    public TestDatabase Database { get; }

    /// <summary>The app's TimeProvider. Starts at the real time; tests advance it.</summary>
    public FakeTimeProvider Clock { get; }

    public string DataDirectory => _dataDirectory;

    /// <summary>Sets configuration before the host starts (e.g. Smtp:Port).</summary>
    public AppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(Database.ConnectionStringKey, Database.ConnectionString);
        builder.UseSetting("Platform:DataDirectory", _dataDirectory);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Security:SignInAttemptsPerMinute", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public virtual async ValueTask InitializeAsync()
    {
        // Starts the host, which applies migrations.
        _ = Server;
        await Task.CompletedTask;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>A context that sees every agency's rows, for arranging and asserting.</summary>
    public async Task WithSystemDbAsync(Func<AppDbContext, Task> work) =>
        await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            using var _ = db.Scope.BeginSystemWork();
            await work(db);
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be held briefly by SQLite on shutdown; the temp folder is cleaned by the OS.
        }
    }
}
