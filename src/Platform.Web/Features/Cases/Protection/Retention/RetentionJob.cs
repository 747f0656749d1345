using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>
/// The daily retention run of one agency (02:00 in its time zone): erases every record whose due date has come and
/// that is approved or, by the schedule, erased without review. Each erasure is its own transaction and re-running
/// skips what is gone, so a job resumed after a crash erases each record exactly once.
/// </summary>
internal sealed class RetentionJob(AppDbContext db, RetentionPlanner planner, CaseEraser eraser) : IJobHandler
{
    public const string JobKind = "case-retention";

    public static readonly RecurringJob Daily = new(JobKind, new TimeOnly(2, 0), PerAgency: true);

    public string Kind => JobKind;

    public async Task RunAsync(JobExecution job, CancellationToken cancellationToken)
    {
        var agency = job.AgencyCode ?? throw new InvalidOperationException("The retention job runs per agency.");
        using var scope = db.Scope.ActAs(agency);
        var today = await planner.TodayAsync(agency, cancellationToken);
        var due = (await planner.ItemsAsync(agency, cancellationToken)).Where(i => i.ShouldEraseOn(today)).ToList();
        var before = job.CheckpointAs<RetentionCheckpoint>()?.Erased ?? 0;
        var erased = 0;
        foreach (var item in due)
        {
            var decision = item.IsApproved ? "approved by reviewer" : "due date reached, erased by schedule without review";
            var certificate = item.CaseId is { } caseId
                ? await eraser.EraseCaseAsync(caseId, decision, cancellationToken)
                : await eraser.EraseEnquiryAsync(item.EnquiryId!.Value, decision, cancellationToken);
            if (certificate is not null)
            {
                erased++;
            }

            await job.ReportAsync(before + erased, before + due.Count, new RetentionCheckpoint(before + erased), cancellationToken);
        }

        job.Summary = $"{before + erased} record(s) erased";
    }

    private sealed record RetentionCheckpoint(int Erased);
}
