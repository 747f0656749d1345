using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Tests.Guards;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Fuzzing;

/// <summary>The app with every error log captured: an exception the app logs is a finding even when the answer is 4xx.</summary>
public sealed class FuzzApp : AppFactory
{
    private readonly ErrorLogCapture _errors = new();

    /// <summary>Error-level log entries since the last call, then forgets them.</summary>
    public IReadOnlyList<string> TakeErrors()
    {
        var taken = new List<string>();
        while (_errors.Entries.TryDequeue(out var entry))
        {
            taken.Add(entry);
        }

        return taken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(_errors));
    }

    private sealed class ErrorLogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message}");
                }
            }
        }
    }
}

/// <summary>
/// One app with agencies A and B (the isolation world: a row of every agency-owned type in B) and a signed-in session
/// per role of B, so fuzzed requests carry real record keys of the caller's own agency and reach the handlers.
/// </summary>
public sealed class FuzzFixture : IAsyncLifetime
{
    public FuzzApp App { get; } = new();

    public IsolationWorld World { get; private set; } = null!;

    public List<IsolationSession> Sessions { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        World = await IsolationWorld.CreateAsync(App, IsolationFixtureBuilders.Discover());
        foreach (var role in Roles.All)
        {
            Sessions.Add(await IsolationSession.SignInAsync(App, World.MembersB[role], role));
        }

        App.TakeErrors();
    }

    /// <summary>The sessions whose roles pass the endpoint's policy (all of them for anonymous endpoints).</summary>
    public async Task<IReadOnlyList<IsolationSession>> AdmittedAsync(PlatformEndpoint endpoint)
    {
        var admitted = new List<IsolationSession>();
        foreach (var session in Sessions)
        {
            if (await IsolationSweep.AdmitsAsync(App.Services, endpoint, session))
            {
                admitted.Add(session);
            }
        }

        return admitted;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
