using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Tests.Infrastructure.Jobs;

public sealed class JobRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDue_HandlerFailsMidway_RetryResumesFromCheckpointAndEachItemRunsOnce()
    {
        await using var app = await StartAsync();
        var id = await app.Services.GetRequiredService<JobQueue>().EnqueueAsync(CountingHandler.JobKind, payload: 10, cancellationToken: Ct);
        CountingHandler.FailAtItem[id] = 6;

        await Runner(app).RunDueAsync(Ct);
        var afterFailure = await JobAsync(app, id);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await Runner(app).RunDueAsync(Ct);
        var finished = await JobAsync(app, id);

        Assert.Equal((JobState.Queued, 6L, 1), (afterFailure.State, afterFailure.Done, afterFailure.Attempts));
        Assert.Contains("item 6", afterFailure.Error, StringComparison.Ordinal);
        // The second attempt made progress, which resets the count of attempts without progress.
        Assert.Equal((JobState.Succeeded, 10L, 10L, 1), (finished.State, finished.Done, finished.Total, finished.Attempts));
        Assert.Equal(Enumerable.Range(0, 10), CountingHandler.Processed[id].Order());
    }

    [Fact]
    public async Task RunDue_RunnerDiedWithLease_AnotherRunnerTakesOverAfterLeaseExpires()
    {
        await using var app = await StartAsync();
        var id = await app.Services.GetRequiredService<JobQueue>().EnqueueAsync(CountingHandler.JobKind, payload: 4, cancellationToken: Ct);
        await app.WithSystemDbAsync(async db =>
        {
            var job = await db.Set<Job>().SingleAsync(j => j.Id == id, Ct);
            (job.State, job.LeaseOwner, job.LeaseUntil, job.Attempts, job.Done) = (JobState.Running, "dead-host", app.Clock.GetUtcNow().AddMinutes(2), 1, 2);
            job.Checkpoint = "2";
            await db.SaveChangesAsync(Ct);
        });

        Assert.Equal(0, await Runner(app).RunDueAsync(Ct));
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await Runner(app).RunDueAsync(Ct));

        var finished = await JobAsync(app, id);
        Assert.Equal(JobState.Succeeded, finished.State);
        Assert.Equal([2, 3], CountingHandler.Processed[id].Order());
    }

    [Fact]
    public async Task RunDue_RunnerKilledMoreOftenThanMaxAttemptsWhileMakingProgress_StillCompletesOnce()
    {
        await using var app = await StartAsync();
        var id = await app.Services.GetRequiredService<JobQueue>().EnqueueAsync(CountingHandler.JobKind, payload: 6, cancellationToken: Ct);
        for (var kill = 0; kill < 5; kill++)
        {
            // The runner reports one more item, then dies: its lease stays behind until it expires.
            CountingHandler.FailAtItem[id] = kill + 1;
            await Runner(app).RunDueAsync(Ct);
            await app.WithSystemDbAsync(async db =>
            {
                var job = await db.Set<Job>().SingleAsync(j => j.Id == id, Ct);
                (job.State, job.LeaseOwner, job.LeaseUntil, job.Error) = (JobState.Running, "killed-host", app.Clock.GetUtcNow().AddMinutes(1), null);
                await db.SaveChangesAsync(Ct);
            });
            app.Clock.Advance(TimeSpan.FromMinutes(2));
        }

        await Runner(app).RunDueAsync(Ct);

        var finished = await JobAsync(app, id);
        Assert.Equal((JobState.Succeeded, 6L), (finished.State, finished.Done));
        Assert.Equal(Enumerable.Range(0, 6), CountingHandler.Processed[id].Order());
    }

    [Fact]
    public async Task RunDue_TwoRunnersAtOnce_EachJobRunsOnce()
    {
        await using var app = await StartAsync();
        var queue = app.Services.GetRequiredService<JobQueue>();
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await queue.EnqueueAsync(CountingHandler.JobKind, payload: 3, cancellationToken: Ct));
        }

        var runners = Enumerable.Range(0, 2).Select(_ => Runner(app)).ToList();
        await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunDueAsync(Ct), Ct)));

        foreach (var id in ids)
        {
            Assert.Equal(JobState.Succeeded, (await JobAsync(app, id)).State);
            Assert.Equal([0, 1, 2], CountingHandler.Processed[id].Order());
            Assert.Equal(1, (await JobAsync(app, id)).Attempts);
        }
    }

    [Fact]
    public async Task RunDue_RecurringPerAgency_OneOccurrencePerAgencyAndLocalDay()
    {
        await using var app = await StartAsync();
        await app.EnsureAgencyAsync("GB");
        var schedule = new JobSchedule([new RecurringJob(CountingHandler.JobKind, new TimeOnly(2, 0), PerAgency: true)],
            app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock);

        await schedule.EnsureOccurrencesAsync(Ct);
        await schedule.EnsureOccurrencesAsync(Ct);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await schedule.EnsureOccurrencesAsync(Ct);

        await app.WithSystemDbAsync(async db =>
        {
            var keys = await db.Set<Job>().Where(j => j.Kind == CountingHandler.JobKind).Select(j => j.DedupeKey!).ToListAsync(Ct);
            Assert.Equal(4, keys.Count);
            Assert.Equal(2, keys.Count(k => k.Contains(":NL:", StringComparison.Ordinal)));
            Assert.Equal(2, keys.Count(k => k.Contains(":GB:", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void LatestOccurrence_BeforeAndAfterLocalTime_PicksRightDayInAgencyZone()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var beforeTwo = new DateTimeOffset(2026, 11, 24, 0, 30, 0, TimeSpan.Zero); // 01:30 in Amsterdam
        var afterTwo = new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero); // 02:30 in Amsterdam

        Assert.Equal(new DateOnly(2026, 11, 23), JobSchedule.LatestOccurrence(new TimeOnly(2, 0), amsterdam, beforeTwo).Date);
        var (date, due) = JobSchedule.LatestOccurrence(new TimeOnly(2, 0), amsterdam, afterTwo);
        Assert.Equal((new DateOnly(2026, 11, 24), new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero)), (date, due));
    }

    [Fact]
    public void ProgressBar_HalfDone_ShowsHalfFilledBar() =>
        Assert.Equal("[##########..........] 5/10", JobsRunDueCommand.ProgressBar(5, 10));

    private static async Task<AppFactory> StartAsync()
    {
        var app = new JobsAppFactory();
        await app.InitializeAsync();
        await app.EnsureAgencyAsync("NL");
        return app;
    }

    private static JobRunner Runner(AppFactory app) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        new JobSchedule([], app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock),
        app.Clock,
        NullLogger<JobRunner>.Instance);

    private static async Task<Job> JobAsync(AppFactory app, Guid id)
    {
        Job? job = null;
        await app.WithSystemDbAsync(async db => job = await db.Set<Job>().AsNoTracking().SingleAsync(j => j.Id == id, Ct));
        return job!;
    }

    private sealed class JobsAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddJobHandler<CountingHandler>());
        }
    }

    /// <summary>Processes items 0..payload-1, checkpointing after each; can be told to fail at one item once.</summary>
    private sealed class CountingHandler : IJobHandler
    {
        public const string JobKind = "test-counting";
        public static readonly ConcurrentDictionary<Guid, int> FailAtItem = new();
        public static readonly ConcurrentDictionary<Guid, ConcurrentBag<int>> Processed = new();

        public string Kind => JobKind;

        public async Task RunAsync(JobExecution job, CancellationToken cancellationToken)
        {
            var total = job.PayloadAs<int>();
            for (var item = job.CheckpointAs<int>(); item < total; item++)
            {
                if (FailAtItem.TryRemove(new KeyValuePair<Guid, int>(job.Id, item)))
                {
                    throw new InvalidOperationException($"Simulated failure at item {item}");
                }

                Processed.GetOrAdd(job.Id, _ => []).Add(item);
                await job.ReportAsync(item + 1, total, item + 1, cancellationToken);
            }

            job.Summary = $"{total} items";
        }
    }
}
