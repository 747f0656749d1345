using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Claims due jobs one at a time and runs their handlers. A claim is a conditional UPDATE (queued and due, or
/// running with an expired lease): on PostgreSQL the second of two concurrent claims re-checks the condition after
/// the first commits and updates nothing, so two instances never run one job at once.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes, JobSchedule schedule, TimeProvider clock, ILogger<JobRunner> logger, IConfiguration? configuration = null)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>How long a claim lasts without a progress report: <c>Jobs:LeaseSeconds</c>, default <see cref="Lease"/>.
    /// A job whose runner died is taken over after this; keep it well above the time between two progress reports.</summary>
    public TimeSpan LeaseDuration { get; } =
        configuration?.GetValue<int?>("Jobs:LeaseSeconds") is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : Lease;
    private const int MaxJobsPerPass = 200;

    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Schedules recurring occurrences, then runs every due job; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await schedule.EnsureOccurrencesAsync(cancellationToken);
        var ran = 0;
        while (ran < MaxJobsPerPass && await ClaimNextAsync(cancellationToken) is { } job)
        {
            await ExecuteAsync(job, cancellationToken);
            ran++;
        }

        return ran;
    }

    private static Expression<Func<Job, bool>> Claimable(DateTimeOffset now) => j =>
        (j.State == JobState.Queued && j.DueAt <= now) || (j.State == JobState.Running && j.LeaseUntil < now);

    private async Task<Job?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var candidates = await db.Set<Job>().Where(Claimable(now)).OrderBy(j => j.DueAt).ThenBy(j => j.Id)
            .Select(j => j.Id).Take(10).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var leaseUntil = now + LeaseDuration;
            var claimed = await db.Set<Job>().Where(j => j.Id == id).Where(Claimable(now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LeaseOwner, Owner)
                    .SetProperty(j => j.LeaseUntil, leaseUntil)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.StartedAt, j => j.StartedAt ?? now), cancellationToken);
            if (claimed == 1)
            {
                return await db.Set<Job>().AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
            }
        }

        return null;
    }

    private async Task ExecuteAsync(Job job, CancellationToken cancellationToken)
    {
        var execution = new JobExecution(job, scopes, clock, Owner, LeaseDuration);
        try
        {
            if (job.Attempts > job.MaxAttempts)
            {
                throw new InvalidOperationException($"Gave up after {job.MaxAttempts} attempts (runners stopped before finishing).");
            }

            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IJobHandler>().FirstOrDefault(h => h.Kind == job.Kind)
                ?? throw new InvalidOperationException($"No handler is registered for job kind '{job.Kind}'.");
            logger.LogInformation("Job {JobId} ({Kind}, agency {Agency}) started, attempt {Attempt}", job.Id, job.Kind, job.AgencyCode, job.Attempts);
            await handler.RunAsync(execution, cancellationToken);
            await FinishAsync(job.Id, s => s
                .SetProperty(j => j.State, JobState.Succeeded)
                .SetProperty(j => j.Summary, execution.Summary)
                .SetProperty(j => j.Error, (string?)null)
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()));
            logger.LogInformation("Job {JobId} ({Kind}) succeeded: {Summary}", job.Id, job.Kind, execution.Summary);
        }
        catch (JobLeaseLostException)
        {
            logger.LogWarning("Job {JobId} ({Kind}) lost its lease; the runner that took it over finishes it", job.Id, job.Kind);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the job back at once instead of waiting for the lease to expire.
            await FinishAsync(job.Id, s => s
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.Attempts, j => j.Attempts - 1));
        }
#pragma warning disable CA1031 // A failing handler must not stop the runner; the failure is stored on the job.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Job {JobId} ({Kind}) failed on attempt {Attempt}", job.Id, job.Kind, job.Attempts);
            var error = $"{e.GetType().Name}: {e.Message}";
            error = error.Length > Job.ErrorLength ? error[..Job.ErrorLength] : error;
            var giveUp = job.Attempts >= job.MaxAttempts;
            var retryAt = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, job.Attempts));
            await FinishAsync(job.Id, s => s
                .SetProperty(j => j.State, giveUp ? JobState.Failed : JobState.Queued)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.DueAt, j => giveUp ? j.DueAt : retryAt)
                .SetProperty(j => j.FinishedAt, giveUp ? clock.GetUtcNow() : null));
        }
    }

    private async Task FinishAsync(Guid id, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Job>> setters)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<Job>().Where(j => j.Id == id && j.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s =>
            {
                setters(s);
                s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null);
            }, CancellationToken.None);
    }
}
