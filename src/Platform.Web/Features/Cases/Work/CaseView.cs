namespace Platform.Web.Features.Cases.Work;

/// <summary>A case as the API shows it: no identity fields (not even ciphertext); only whether they are on file.</summary>
public sealed record CaseView(
    Guid Id, string CaseNumber, CaseStage Stage, string ProgrammeKey, int ProgrammeVersion, ReferralSourceType ReferralSource,
    string? ReferrerOrganisation, DataSubjectCategory DataSubjectCategory, int AgeAtReferral, bool HasGuardianOnFile,
    CaseOffenceType OffenceType, DateOnly? OffenceDate, string? OffenceDescription, StatementKind OffenceDescriptionKind,
    string AssignedMemberId, DateTimeOffset ReferredAt, DateTimeOffset? FirstContactAt, DateTimeOffset? EnrolledAt,
    DateTimeOffset? EndedAt, string? EndReason, DateTimeOffset? ClosedAt, CaseClosureReason? ClosureReason, string? ClosureNote, int Version)
{
    public static CaseView From(Case c) => new(
        c.Id, c.CaseNumber, c.Stage, c.ProgrammeKey, c.ProgrammeVersion, c.ReferralSource, c.ReferrerOrganisation, c.DataSubjectCategory,
        c.AgeAtReferral, c.GuardianNameProtected is not null, c.OffenceType, c.OffenceDate, c.OffenceDescription, c.OffenceDescriptionKind,
        c.AssignedMemberId, c.ReferredAt, c.FirstContactAt, c.EnrolledAt, c.EndedAt, c.EndReason, c.ClosedAt, c.ClosureReason, c.ClosureNote, c.Version);
}

public sealed record CaseDetailView(
    CaseView Case,
    IReadOnlyList<EligibilityDecision> Eligibility,
    IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<PlannedModuleView> Plan,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<CaseTask> OpenTasks)
{
    public static CaseDetailView From(CaseDetail d) => new(
        CaseView.From(d.Case), d.Eligibility, d.Consents,
        [.. d.Plan.Select(p => new PlannedModuleView(p.Module.Id, p.Module.ModuleKey, p.Module.ModuleName, p.Module.IsAssignment, p.Module.PlannedSessions,
            p.Module.PlannedMinutes, p.DeliveredSessions, p.DeliveredMinutes, p.MissedSessions, p.Module.Reason, p.Module.PartnerCoachMemberId, p.Sessions))],
        d.FollowUps, d.OpenTasks);
}

/// <summary>Planned vs delivered dosage of one module (fidelity).</summary>
public sealed record PlannedModuleView(
    Guid Id, string ModuleKey, string ModuleName, bool IsAssignment, int PlannedSessions, int PlannedMinutes,
    int DeliveredSessions, int DeliveredMinutes, int MissedSessions, string Reason, string? PartnerCoachMemberId, IReadOnlyList<SessionRecord> Sessions);
