using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class VersionInput
{
    public int Version { get; set; }
}

/// <summary>
/// Enrols an eligible young person. Guard: the latest consent of the young person covers participation, and so
/// does a guardian's when the person was below the programme's (or agency's) guardian age at referral.
/// </summary>
public sealed class EnrolHandler(AppDbContext db, CaseEditor editor, IAuditLog audit)
{
    public async Task<CaseOutcome<Case>> HandleAsync(CaseActor actor, Guid caseId, VersionInput input, CancellationToken cancellationToken = default)
    {
        var (@case, conflict) = await editor.LoadAsync(caseId, input.Version, cancellationToken);
        if (@case is null)
        {
            return CaseOutcome.NotFound<Case>();
        }

        if (conflict is { } current)
        {
            return CaseOutcome.Conflict<Case>(current);
        }

        if (CaseStateMachine.Check(@case.Stage, CaseAction.Enrol) is { } refusal)
        {
            return CaseOutcome.Invalid<Case>("", refusal);
        }

        var rules = await editor.RulesAsync(@case, cancellationToken);
        var consents = await db.ConsentRecords.Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
        var missing = MissingConsents(consents, @case.AgeAtReferral, rules.GuardianRequiredBelowAge);
        if (missing.Count > 0)
        {
            return CaseOutcome.Invalid<Case>(new Dictionary<string, string[]> { [""] = [.. missing] });
        }

        @case.Stage = CaseStage.Enrolled;
        @case.EnrolledAt = editor.Now;
        editor.Touch(@case);
        if (await editor.SaveAsync(@case, cancellationToken) is { } raced)
        {
            return CaseOutcome.Conflict<Case>(raced);
        }

        await audit.RecordAsync(new AuditEvent("case.enrolled", nameof(Case), @case.Id.ToString(), @case.AgencyCode), cancellationToken);
        return CaseOutcome.Ok(@case);
    }

    /// <summary>English explanations of the consents still needed to enrol; empty when enrolment may go ahead.</summary>
    public static List<string> MissingConsents(IEnumerable<ConsentRecord> consents, int ageAtReferral, int guardianBelowAge)
    {
        var latest = consents.GroupBy(c => c.Person).ToDictionary(g => g.Key, g => g.OrderBy(c => c.RecordedAt).Last());
        var missing = new List<string>();
        if (!Covers(latest.GetValueOrDefault(ConsentPerson.YoungPerson)))
        {
            missing.Add("The young person's consent to participation is needed before enrolment.");
        }

        if (ageAtReferral < guardianBelowAge && !Covers(latest.GetValueOrDefault(ConsentPerson.Guardian)))
        {
            missing.Add($"A guardian's consent to participation is needed: the young person was under {guardianBelowAge} at referral.");
        }

        return missing;
    }

    private static bool Covers(ConsentRecord? record) =>
        record is { Status: ConsentStatus.Given } && record.Scope.Contains("participation");
}
