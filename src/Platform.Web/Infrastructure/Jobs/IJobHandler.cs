namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Does the work of one job kind. Register with <c>services.AddJobHandler&lt;T&gt;()</c>; resolved per run in its own scope.
/// <para>Exactly-once effects: the lease guarantees one runner at a time, but a runner can die after an effect and
/// before its checkpoint. So each step must either be idempotent (re-running it finds nothing left to do) or commit
/// its effect and its checkpoint in one transaction. Report progress often: it renews the lease, and a lost lease
/// (another runner took over) stops this run with <see cref="JobLeaseLostException"/>.</para>
/// </summary>
public interface IJobHandler
{
    string Kind { get; }

    Task RunAsync(JobExecution job, CancellationToken cancellationToken);
}

public sealed class JobLeaseLostException(Guid jobId)
    : InvalidOperationException($"The lease on job {jobId} expired and another runner took it over.");
