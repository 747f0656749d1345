using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>What a handler sees of its job: input, last checkpoint, and a way to report progress.</summary>
public sealed class JobExecution
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly string _owner;
    private readonly TimeSpan _lease;

    internal JobExecution(Job job, IServiceScopeFactory scopes, TimeProvider clock, string owner, TimeSpan lease)
    {
        Id = job.Id;
        Kind = job.Kind;
        AgencyCode = job.AgencyCode;
        Payload = job.Payload;
        CheckpointJson = job.Checkpoint;
        Done = job.Done;
        Attempt = job.Attempts;
        _scopes = scopes;
        _clock = clock;
        _owner = owner;
        _lease = lease;
    }

    public Guid Id { get; }
    public string Kind { get; }
    public string? AgencyCode { get; }
    public string? Payload { get; }
    public string? CheckpointJson { get; private set; }
    public long Done { get; private set; }
    public int Attempt { get; }

    /// <summary>Set by the handler; shown on the jobs page when the job succeeds.</summary>
    public string? Summary { get; set; }

    public T? PayloadAs<T>() => Payload is null ? default : JsonSerializer.Deserialize<T>(Payload);

    public T? CheckpointAs<T>() => CheckpointJson is null ? default : JsonSerializer.Deserialize<T>(CheckpointJson);

    /// <summary>Persists progress and checkpoint and renews the lease; throws when the lease was lost.</summary>
    public async Task ReportAsync<TCheckpoint>(long done, long? total, TCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(checkpoint);
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leaseUntil = _clock.GetUtcNow() + _lease;
        var updated = await db.Set<Job>()
            .Where(j => j.Id == Id && j.LeaseOwner == _owner && j.State == JobState.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Done, done)
                .SetProperty(j => j.Total, total)
                .SetProperty(j => j.Checkpoint, json)
                // Progress proves the job is no crash loop: attempts count runs without progress, so a job whose
                // runners are killed again and again (deploys, OOM) still finishes instead of giving up.
                .SetProperty(j => j.Attempts, j => done > j.Done ? 1 : j.Attempts)
                .SetProperty(j => j.LeaseUntil, leaseUntil), cancellationToken);
        if (updated == 0)
        {
            throw new JobLeaseLostException(Id);
        }

        Done = done;
        CheckpointJson = json;
    }
}
