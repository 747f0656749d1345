using Platform.Tests.Guards;
using Platform.Web.Features.Cases.Protection.Retention;
using Platform.Web.Features.Cases.Protection.Statistics;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>Agency B's retention schedule, review decision and statistics row.</summary>
public sealed class CaseProtectionIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(c => c.Db.Add(new RetentionRule
        {
            AgencyCode = c.AgencyCode,
            RecordType = RetentionRecordType.ProgrammeEnded,
            KeepMonths = 61,
            ReviewDays = 29,
            UpdatedById = c.Member(Roles.CountryAdmin).Id,
            UpdatedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.Add(new RetentionReview
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            Decision = RetentionDecision.Extended,
            HoldUntil = DateOnly.FromDateTime(c.Clock.GetUtcNow().UtcDateTime).AddYears(1),
            Reason = c.Marker("RetentionReason"),
            DecidedById = c.Member(Roles.CountryAdmin).Id,
            DecidedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(c => c.Db.Add(new CaseStatisticsRow
        {
            AgencyCode = c.AgencyCode,
            ProgrammeKey = c.Marker("Stats"),
            ProgrammeVersion = 1,
            ReferralYear = 2024,
        }).Entity);
}
