using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// Works out, for the current agency scope, which records have a retention due date and what was decided about
/// them. Dates are the agency's local dates (its time zone), so "due on 24 November" means that day in the country.
/// </summary>
public sealed class RetentionPlanner(AppDbContext db, TimeProvider clock)
{
    public async Task<DateOnly> TodayAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var zoneId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.TimeZone).SingleOrDefaultAsync(cancellationToken);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), JobSchedule.ZoneOf(zoneId)).DateTime);
    }

    public async Task<IReadOnlyList<RetentionRule>> RulesAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var stored = await db.Set<RetentionRule>().AsNoTracking().Where(r => r.AgencyCode == agencyCode).ToListAsync(cancellationToken);
        return Enum.GetValues<RetentionRecordType>()
            .Select(t => stored.FirstOrDefault(r => r.RecordType == t) ?? RetentionDefaults.For(agencyCode, t))
            .ToList();
    }

    /// <summary>Every closed or ended case and unconverted enquiry with its due date, soonest first.</summary>
    public async Task<IReadOnlyList<RetentionItem>> ItemsAsync(string agencyCode, CancellationToken cancellationToken)
    {
        var rules = (await RulesAsync(agencyCode, cancellationToken)).ToDictionary(r => r.RecordType);
        var reviews = (await db.Set<RetentionReview>().AsNoTracking().Where(r => r.AgencyCode == agencyCode)
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.CaseId ?? r.EnquiryId ?? Guid.Empty)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.DecidedAt));
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.AgencyCode == agencyCode && (c.ClosedAt != null || c.EndedAt != null))
            .ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var followUps = (await db.FollowUps.AsNoTracking().Where(f => caseIds.Contains(f.CaseId))
                .Select(f => new { f.CaseId, f.DueOn, f.RecordedAt }).ToListAsync(cancellationToken))
            .ToLookup(f => f.CaseId);

        var items = new List<RetentionItem>();
        foreach (var c in cases)
        {
            if (c.EndedAt is { } ended)
            {
                var anchor = Max(DateOf(ended), c.ClosedAt is { } closed ? DateOf(closed) : DateOnly.MinValue);
                foreach (var f in followUps[c.Id])
                {
                    anchor = Max(anchor, f.RecordedAt is { } recorded ? DateOf(recorded) : f.DueOn);
                }

                items.Add(RetentionItem.ForCase(c, anchor, rules[RetentionRecordType.ProgrammeEnded], reviews.GetValueOrDefault(c.Id)));
            }
            else if (c.ClosedAt is { } closed)
            {
                items.Add(RetentionItem.ForCase(c, DateOf(closed), rules[RetentionRecordType.ClosedBeforeProgramme], reviews.GetValueOrDefault(c.Id)));
            }
        }

        var enquiries = await db.CaseEnquiries.AsNoTracking()
            .Where(e => e.AgencyCode == agencyCode && e.CaseId == null)
            .Select(e => new { e.Id, e.ReceivedAt }).ToListAsync(cancellationToken);
        var enquiryRule = rules[RetentionRecordType.UnconvertedEnquiry];
        foreach (var e in enquiries)
        {
            var anchor = DateOf(e.ReceivedAt);
            items.Add(new RetentionItem(RetentionRecordType.UnconvertedEnquiry, null, e.Id, "enquiry", anchor,
                anchor.AddMonths(enquiryRule.KeepMonths), enquiryRule, reviews.GetValueOrDefault(e.Id)));
        }

        return items.OrderBy(i => i.EffectiveDueOn).ThenBy(i => i.Label, StringComparer.Ordinal).ToList();
    }

    private static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
