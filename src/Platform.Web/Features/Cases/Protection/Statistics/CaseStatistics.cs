using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Protection.Statistics;

/// <summary>Coarsens a case or enquiry into a <see cref="CaseStatisticsRow"/>.</summary>
public static class CaseStatistics
{
    public static async Task<CaseStatisticsRow> FromCaseAsync(AppDbContext db, Case subject, CancellationToken cancellationToken)
    {
        var eligibility = await db.EligibilityDecisions.AsNoTracking().Where(d => d.CaseId == subject.Id)
            .OrderByDescending(d => d.Id).Select(d => (EligibilityOutcome?)d.Outcome).FirstOrDefaultAsync(cancellationToken);
        var at12 = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == subject.Id && f.MonthsAfterEnd == 12)
            .Select(f => f.Outcome).FirstOrDefaultAsync(cancellationToken);
        return new CaseStatisticsRow
        {
            AgencyCode = subject.AgencyCode,
            Origin = StatisticsOrigin.Case,
            ProgrammeKey = subject.ProgrammeKey,
            ProgrammeVersion = subject.ProgrammeVersion,
            ReferralYear = subject.ReferredAt.UtcDateTime.Year,
            AgeBand = BandOf(subject.AgeAtReferral),
            ReferralSource = subject.ReferralSource,
            Eligibility = eligibility switch
            {
                EligibilityOutcome.Eligible => StatisticsEligibility.Eligible,
                EligibilityOutcome.NotEligible => StatisticsEligibility.NotEligible,
                _ => StatisticsEligibility.NotAssessed,
            },
            Ending = EndingOf(subject),
            ReoffendedAt12Months = Reoffended(at12),
        };
    }

    public static CaseStatisticsRow FromEnquiry(CaseEnquiry enquiry) => new()
    {
        AgencyCode = enquiry.AgencyCode,
        Origin = StatisticsOrigin.Enquiry,
        ReferralYear = enquiry.ReceivedAt.UtcDateTime.Year,
        AgeBand = enquiry.AgeBand switch
        {
            AgeBand.Under12 => StatisticsAgeBand.Under12,
            AgeBand.From12To15 => StatisticsAgeBand.From12To15,
            AgeBand.From16To17 => StatisticsAgeBand.From16To17,
            AgeBand.From18To23 => StatisticsAgeBand.From18To23,
            AgeBand.From24To30 or AgeBand.Over30 => StatisticsAgeBand.From24,
            _ => StatisticsAgeBand.Unknown,
        },
        ReferralSource = enquiry.ReferralSource,
    };

    public static StatisticsAgeBand BandOf(int age) => age switch
    {
        <= 0 => StatisticsAgeBand.Unknown,
        < 12 => StatisticsAgeBand.Under12,
        <= 15 => StatisticsAgeBand.From12To15,
        <= 17 => StatisticsAgeBand.From16To17,
        <= 23 => StatisticsAgeBand.From18To23,
        _ => StatisticsAgeBand.From24,
    };

    /// <summary>
    /// Completion or drop-out. A closed case whose stage no longer tells which (the work model keeps only the stage)
    /// counts as <see cref="StatisticsEnding.Unknown"/> rather than guessing.
    /// </summary>
    public static StatisticsEnding EndingOf(Case subject) => subject switch
    {
        { EnrolledAt: null } => StatisticsEnding.NotEnrolled,
        { Stage: CaseStage.DroppedOut } => StatisticsEnding.DroppedOut,
        { Stage: CaseStage.Completed } => StatisticsEnding.Completed,
        _ => StatisticsEnding.Unknown,
    };

    public static StatisticsAnswer Reoffended(FollowUpOutcome? outcome) => outcome switch
    {
        FollowUpOutcome.NewOffenceReported => StatisticsAnswer.Yes,
        FollowUpOutcome.NoNewOffenceKnown => StatisticsAnswer.No,
        _ => StatisticsAnswer.Unknown,
    };
}
