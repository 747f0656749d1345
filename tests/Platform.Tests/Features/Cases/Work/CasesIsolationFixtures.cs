using Platform.Tests.Guards;
using Platform.Web.Features.Cases.Programmes;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Cases.Work;

/// <summary>One row of every case-work type for agency B, with marker text in every field a page or API shows.</summary>
public sealed class CasesIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) => builders
        .Add(c => c.Db.AgencyProgrammes.Add(new AgencyProgramme
        {
            AgencyCode = c.AgencyCode,
            PackageKey = "hack-right",
            PackageVersion = 1,
            TimeZoneId = "Europe/Amsterdam",
            AdoptedById = c.Member(Roles.PreventionOfficer).Id,
            AdoptedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(c => c.Db.CaseEnquiries.Add(new CaseEnquiry
        {
            AgencyCode = c.AgencyCode,
            AgeBand = AgeBand.From16To17,
            ConcernSummary = c.Marker("EnquiryConcern"),
            ReceivedAt = c.Clock.GetUtcNow(),
            RecordedById = c.Member(Roles.CaseWorker).Id,
        }).Entity)
        .Add(c => c.Db.Cases.Add(new Case
        {
            AgencyCode = c.AgencyCode,
            CaseNumber = c.Marker("CaseNo"),
            ProgrammeKey = "hack-right",
            ProgrammeVersion = 1,
            ReferrerOrganisation = c.Marker("Referrer"),
            NameProtected = c.Marker("Name"),
            OffenceDescription = c.Marker("Offence"),
            EndReason = c.Marker("EndReason"),
            ClosureNote = c.Marker("ClosureNote"),
            AssignedMemberId = c.Member(Roles.CaseWorker).Id,
            ReferredById = c.Member(Roles.CaseWorker).Id,
            ReferredAt = c.Clock.GetUtcNow(),
            Stage = CaseStage.Completed,
        }).Entity)
        .Add(async c => c.Db.EligibilityDecisions.Add(new EligibilityDecision
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            ProgrammeKey = "hack-right",
            ProgrammeVersion = 1,
            Criteria = [new CriterionResult { CriterionKey = "confessed", Statement = c.Marker("Statement"), EvidenceNote = c.Marker("Evidence") }],
            Reason = c.Marker("EligibilityReason"),
            SignpostingNote = c.Marker("Signposting"),
            DecidedById = c.Member(Roles.CaseWorker).Id,
            DecidedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.ConsentRecords.Add(new ConsentRecord
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            Scope = ["participation"],
            Note = c.Marker("ConsentNote"),
            RecordedById = c.Member(Roles.CaseWorker).Id,
            RecordedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.PlannedModules.Add(new PlannedModule
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            ModuleKey = "training",
            ModuleName = c.Marker("ModuleName"),
            Reason = c.Marker("ModuleReason"),
            AssignmentBrief = c.Marker("Brief"),
            PlannedById = c.Member(Roles.CaseWorker).Id,
            PlannedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.SessionRecords.Add(new SessionRecord
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            PlannedModuleId = (await c.GetAsync<PlannedModule>()).Id,
            ScheduledOn = new DateOnly(2026, 1, 5),
            Deviation = c.Marker("Deviation"),
            DeviationReason = c.Marker("DeviationReason"),
            Note = c.Marker("SessionNote"),
            RecordedById = c.Member(Roles.CaseWorker).Id,
            RecordedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.FollowUps.Add(new FollowUp
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            MonthsAfterEnd = 6,
            DueOn = new DateOnly(2026, 1, 5),
            Source = c.Marker("Source"),
            Note = c.Marker("FollowUpNote"),
        }).Entity)
        .Add(async c => c.Db.CaseTasks.Add(new CaseTask
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            DueOn = new DateOnly(2026, 1, 5),
            AssigneeMemberId = c.Member(Roles.CaseWorker).Id,
            CreatedAt = c.Clock.GetUtcNow(),
        }).Entity)
        .Add(async c => c.Db.CaseNotes.Add(new CaseNote
        {
            AgencyCode = c.AgencyCode,
            CaseId = (await c.GetAsync<Case>()).Id,
            Text = c.Marker("NoteText"),
            AuthorId = c.Member(Roles.CaseWorker).Id,
            WrittenAt = c.Clock.GetUtcNow(),
        }).Entity);
}
