using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Cases.Protection.Jobs;

public sealed record JobRow(
    Guid Id, string Kind, string? AgencyCode, JobState State, long Done, long? Total, int Attempts,
    DateTimeOffset DueAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Summary, string? Error);

public sealed record NextRun(string Kind, string? AgencyCode, DateTimeOffset At);

/// <summary>
/// The jobs a member may watch: a network admin sees all, a country admin their agency's and platform-wide jobs.
/// Job rows hold counts and ids only, never personal data.
/// </summary>
public sealed class ListJobsHandler(AppDbContext db, JobSchedule schedule, TimeProvider clock)
{
    public async Task<IReadOnlyList<JobRow>> HandleAsync(NetworkActor actor, int take, CancellationToken cancellationToken)
    {
        var query = db.Set<Job>().AsNoTracking();
        if (!actor.IsNetworkAdmin)
        {
            query = query.Where(j => j.AgencyCode == null || j.AgencyCode == actor.AgencyCode);
        }

        return await query.OrderByDescending(j => j.CreatedAt).Take(take)
            .Select(j => new JobRow(j.Id, j.Kind, j.AgencyCode, j.State, j.Done, j.Total, j.Attempts, j.DueAt, j.StartedAt, j.FinishedAt, j.Summary, j.Error))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<NextRun>> NextRunsAsync(NetworkActor actor, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive && (actor.IsNetworkAdmin || a.Code == actor.AgencyCode))
            .Select(a => new { a.Code, a.TimeZone }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return schedule.Recurring
            .SelectMany(r => r.PerAgency
                ? agencies.Select(a => new NextRun(r.Kind, a.Code, JobSchedule.NextOccurrence(r.LocalTime, JobSchedule.ZoneOf(a.TimeZone), now)))
                : [new NextRun(r.Kind, null, JobSchedule.NextOccurrence(r.LocalTime, TimeZoneInfo.Utc, now))])
            .OrderBy(n => n.At).ToList();
    }
}
