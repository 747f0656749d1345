using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;

namespace Platform.Tests.Features.Cases.Protection;

/// <summary>A case with one row in every child table of the work model, written straight to the database.</summary>
internal static class CaseArrangements
{
    private static int _next = 1000;

    public sealed record ArrangedCase(Guid CaseId, string CaseNumber, Guid EnquiryId, Guid AssignmentId, Guid OtherModuleId);

    /// <param name="endedAt">Completion moment; follow-ups are recorded at 6, 12 and 24 months after it.</param>
    public static async Task<ArrangedCase> CreateCompletedCaseAsync(
        this AppFactory app, string agency, string memberId, DateTimeOffset endedAt, string? coachMemberId = null, string name = "Test Person",
        FollowUpOutcome at12 = FollowUpOutcome.NoNewOffenceKnown, CaseStage stage = CaseStage.Completed, string? dateOfBirth = "2008-04-01")
    {
        var ended = stage != CaseStage.Enrolled;
        // "T" keeps arranged numbers out of the referral handler's max+1 sequence, whatever order tests run in.
        var number = $"{agency}-{endedAt.Year}-T{Interlocked.Increment(ref _next)}";
        var c = new Case
        {
            AgencyCode = agency,
            CaseNumber = number,
            Stage = stage,
            ProgrammeKey = "hack-right",
            ProgrammeVersion = 2,
            ReferralSource = ReferralSourceType.Prosecutor,
            AgeAtReferral = 17,
            NameProtected = name,
            DateOfBirthProtected = dateOfBirth,
            ContactProtected = "+31 6 1234 5678",
            AssignedMemberId = memberId,
            ReferredAt = endedAt.AddMonths(-8),
            ReferredById = memberId,
            EnrolledAt = endedAt.AddMonths(-6),
            EndedAt = ended ? endedAt : null,
            UpdatedAt = endedAt,
        };
        var enquiry = new CaseEnquiry
        {
            AgencyCode = agency, AgeBand = AgeBand.From16To17, ReferralSource = ReferralSourceType.Prosecutor,
            ConcernSummary = "DDoS for hire from a school account", ReceivedAt = endedAt.AddMonths(-9), RecordedById = memberId, CaseId = c.Id,
        };
        c.EnquiryId = enquiry.Id;
        var assignment = new PlannedModule
        {
            AgencyCode = agency, CaseId = c.Id, ModuleKey = "assignment", ModuleName = "Assignment at a partner company", IsAssignment = true,
            PlannedSessions = 4, PlannedMinutes = 480, Reason = "Skills used lawfully", PartnerCoachMemberId = coachMemberId,
            AssignmentBrief = "Build a test lab with the security team", PlannedById = memberId, PlannedAt = endedAt.AddMonths(-6),
            FidelityItems = ["Goal agreed", "Reflection"],
        };
        var training = new PlannedModule
        {
            AgencyCode = agency, CaseId = c.Id, ModuleKey = "training", ModuleName = "Training", PlannedSessions = 3, PlannedMinutes = 180,
            Reason = "Legal limits", PlannedById = memberId, PlannedAt = endedAt.AddMonths(-6),
        };
        await app.WithSystemDbAsync(async db =>
        {
            db.AddRange(c, enquiry, assignment, training);
            db.Add(new EligibilityDecision
            {
                AgencyCode = agency, CaseId = c.Id, ProgrammeKey = "hack-right", ProgrammeVersion = 2, Outcome = EligibilityOutcome.Eligible,
                Reason = "First offence, confessed", DecidedById = memberId, DecidedAt = endedAt.AddMonths(-7),
            });
            db.Add(new ConsentRecord
            {
                AgencyCode = agency, CaseId = c.Id, Person = ConsentPerson.YoungPerson, Status = ConsentStatus.Given,
                GivenOn = DateOnly.FromDateTime(endedAt.AddMonths(-7).UtcDateTime), RecordedById = memberId, RecordedAt = endedAt.AddMonths(-7),
            });
            db.Add(new SessionRecord
            {
                AgencyCode = agency, CaseId = c.Id, PlannedModuleId = training.Id, Status = SessionStatus.Delivered, DeliveredMinutes = 60,
                ScheduledOn = DateOnly.FromDateTime(endedAt.AddMonths(-5).UtcDateTime), RecordedById = memberId, RecordedAt = endedAt.AddMonths(-5),
            });
            db.Add(new SessionRecord
            {
                AgencyCode = agency, CaseId = c.Id, PlannedModuleId = assignment.Id, Status = SessionStatus.Delivered, DeliveredMinutes = 120,
                ScheduledOn = DateOnly.FromDateTime(endedAt.AddMonths(-4).UtcDateTime), RecordedById = memberId, RecordedAt = endedAt.AddMonths(-4),
            });
            foreach (var months in ended ? new[] { 6, 12, 24 } : [])
            {
                db.Add(new FollowUp
                {
                    AgencyCode = agency, CaseId = c.Id, MonthsAfterEnd = months, DueOn = DateOnly.FromDateTime(endedAt.AddMonths(months).UtcDateTime),
                    Outcome = months == 12 ? at12 : FollowUpOutcome.NoNewOffenceKnown, RecordedById = memberId,
                    RecordedAt = endedAt.AddMonths(months),
                });
            }

            db.Add(new CaseTask
            {
                AgencyCode = agency, CaseId = c.Id, Kind = CaseTaskKind.Other, DueOn = DateOnly.FromDateTime(endedAt.UtcDateTime),
                AssigneeMemberId = memberId, CreatedAt = endedAt,
            });
            db.Add(new CaseNote { AgencyCode = agency, CaseId = c.Id, Kind = StatementKind.Fact, Text = "Met at school", AuthorId = memberId, WrittenAt = endedAt });
            await db.SaveChangesAsync();
        });
        return new ArrangedCase(c.Id, number, enquiry.Id, assignment.Id, training.Id);
    }
}
