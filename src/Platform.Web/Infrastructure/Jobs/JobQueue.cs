using System.Text.Json;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>Adds jobs. Saves in its own scope, so a caller's pending changes are never saved by accident.</summary>
public sealed class JobQueue(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<Guid> EnqueueAsync(
        string kind, string? agencyCode = null, object? payload = null, DateTimeOffset? dueAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        var now = clock.GetUtcNow();
        var job = new Job
        {
            Id = Guid.CreateVersion7(now),
            Kind = kind,
            AgencyCode = agencyCode,
            Payload = payload is null ? null : JsonSerializer.Serialize(payload),
            CreatedAt = now,
            DueAt = dueAt ?? now,
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }
}
