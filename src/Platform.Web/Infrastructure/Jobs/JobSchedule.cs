using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Jobs;

/// <summary>
/// Turns recurring definitions into job rows: the latest occurrence at or before now gets a row (so a missed run
/// catches up once, not once per missed day). The unique dedupe key makes this safe with several instances.
/// </summary>
public sealed class JobSchedule(IEnumerable<RecurringJob> recurring, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Finished jobs are kept this long for the jobs page, then removed.</summary>
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(90);

    public IReadOnlyList<RecurringJob> Recurring { get; } = recurring.ToList();

    public async Task EnsureOccurrencesAsync(CancellationToken cancellationToken)
    {
        if (Recurring.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.IsActive)
            .Select(a => new { a.Code, a.TimeZone }).ToListAsync(cancellationToken);
        foreach (var definition in Recurring)
        {
            var targets = definition.PerAgency
                ? agencies.Select(a => (Agency: (string?)a.Code, Zone: ZoneOf(a.TimeZone)))
                : [(null, TimeZoneInfo.Utc)];
            foreach (var (agency, zone) in targets)
            {
                var (date, dueAt) = LatestOccurrence(definition.LocalTime, zone, now);
                var key = $"{definition.Kind}:{agency ?? "*"}:{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
                if (!await db.Set<Job>().AnyAsync(j => j.DedupeKey == key, cancellationToken))
                {
                    await TryAddAsync(new Job
                    {
                        Id = Guid.CreateVersion7(now), Kind = definition.Kind, AgencyCode = agency, DedupeKey = key,
                        CreatedAt = now, DueAt = dueAt,
                    }, cancellationToken);
                }
            }
        }

        var cutoff = now - KeepFinished;
        await db.Set<Job>().Where(j => j.FinishedAt != null && j.FinishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The next occurrence after now, for the jobs page.</summary>
    public static DateTimeOffset NextOccurrence(TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset now)
    {
        var (date, due) = LatestOccurrence(localTime, zone, now);
        return ToUtc(date.AddDays(1), localTime, zone) is var next && next > due ? next : due;
    }

    internal static (DateOnly Date, DateTimeOffset DueAt) LatestOccurrence(TimeOnly localTime, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var due = ToUtc(today, localTime, zone);
        return due <= now ? (today, due) : (today.AddDays(-1), ToUtc(today.AddDays(-1), localTime, zone));
    }

    internal static TimeZoneInfo ZoneOf(string? id)
    {
        try
        {
            return string.IsNullOrWhiteSpace(id) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    private static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // 02:00 does not exist on the spring-forward night in much of Europe; run an hour later that night.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private async Task TryAddAsync(Job job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance scheduled the same occurrence first.
        }
    }
}
