using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Cli;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>`jobs run-due`: one pass of the runner (for cron or a one-off), then exit; 1 when a job failed.</summary>
internal sealed class JobsRunDueCommand : ICliCommand
{
    public string Name => "jobs run-due";

    public string Description => "Schedule recurring jobs, run every due job once, print progress and exit.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var started = clock.GetUtcNow();
        using var progress = new Timer(_ => PrintRunning(services), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        var ran = await services.GetRequiredService<JobRunner>().RunDueAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var finished = await db.Set<Job>().AsNoTracking().Where(j => j.FinishedAt >= started)
            .OrderBy(j => j.FinishedAt).ToListAsync(cancellationToken);
        foreach (var job in finished)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{job.State,-9} {job.Kind} {job.AgencyCode ?? "*"} {job.Summary ?? job.Error}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ran} job(s) run."));
        return finished.Any(j => j.State == JobState.Failed) ? 1 : 0;
    }

    private static void PrintRunning(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var job in db.Set<Job>().AsNoTracking().Where(j => j.State == JobState.Running).ToList())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {job.Kind} {job.AgencyCode ?? "*"}: {ProgressBar(job.Done, job.Total)}"));
        }
    }

    internal static string ProgressBar(long done, long? total)
    {
        if (total is not > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{done} done");
        }

        var filled = (int)Math.Clamp(done * 20 / total.Value, 0, 20);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('.', 20 - filled)}] {done}/{total}");
    }
}
