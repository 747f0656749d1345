using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Evidence.Readiness;

/// <summary>Reads the readiness checklist of a visible intervention.</summary>
public sealed class GetReadinessHandler(AppDbContext db, InterventionAccess interventions)
{
    public async Task<Outcome<ReadinessView>> HandleAsync(EvidenceActor actor, Guid interventionId, CancellationToken cancellationToken = default)
    {
        if (await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken) is null)
        {
            return Outcome.NotFound<ReadinessView>();
        }

        var checklist = await db.ReadinessChecklists.AsNoTracking().FirstOrDefaultAsync(r => r.InterventionId == interventionId, cancellationToken);
        return Outcome.Ok(ReadinessView.From(interventionId, checklist));
    }
}

/// <summary>The owning agency fills in or updates the dissemination-readiness checklist.</summary>
public sealed partial class SaveReadinessHandler(AppDbContext db, InterventionAccess interventions, TimeProvider clock, IAuditLog audit)
{
    public async Task<Outcome<ReadinessView>> HandleAsync(EvidenceActor actor, Guid interventionId, ReadinessInput input, CancellationToken cancellationToken = default)
    {
        var found = await interventions.FindAsync(actor.Viewer, interventionId, cancellationToken);
        if (found is null || !actor.ActsFor(found.OwnerAgencyCode))
        {
            // Another agency's checklist is not theirs to edit; the edit form does not exist for them.
            return Outcome.NotFound<ReadinessView>();
        }

        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<ReadinessView>(errors);
        }

        var checklist = await db.ReadinessChecklists.FirstOrDefaultAsync(r => r.InterventionId == interventionId, cancellationToken);
        var created = checklist is null;
        checklist ??= db.ReadinessChecklists.Add(new ReadinessChecklist { InterventionId = interventionId, UpdatedBy = actor.MemberId }).Entity;
        checklist.Items = [.. Enum.GetValues<ReadinessElement>().Select(e =>
        {
            var item = input.Items.FirstOrDefault(i => i.Element == e);
            return new ReadinessItem { Element = e, Level = item?.Level ?? ReadinessLevel.NotAvailable, Note = item?.Note?.Trim() ?? "" };
        })];
        checklist.MaterialLanguages = [.. input.MaterialLanguages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct()];
        checklist.UpdatedBy = actor.MemberId;
        checklist.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(created ? "readiness.created" : "readiness.updated", nameof(ReadinessChecklist),
            interventionId.ToString(), found.OwnerAgencyCode, Details: $"intervention {found.Slug}"), cancellationToken);
        return Outcome.Ok(ReadinessView.From(interventionId, checklist));
    }

    internal static Dictionary<string, string[]> Check(ReadinessInput input)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Items.Any(i => !Enum.IsDefined(i.Element) || !Enum.IsDefined(i.Level)))
        {
            errors[nameof(ReadinessInput.Items)] = ["Choose Available, Partial or Not available for every item."];
        }
        else if (input.Items.GroupBy(i => i.Element).Any(g => g.Count() > 1))
        {
            errors[nameof(ReadinessInput.Items)] = ["List each checklist item only once."];
        }
        else if (input.Items.Any(i => i.Note?.Length > 1000))
        {
            errors[nameof(ReadinessInput.Items)] = ["A note can be at most 1000 characters."];
        }

        if (input.MaterialLanguages.Any(l => !LanguageCode().IsMatch(l.Trim())))
        {
            errors[nameof(ReadinessInput.MaterialLanguages)] = ["Enter languages as two-letter codes separated by commas, such as en, nl, fi."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}$")]
    internal static partial Regex LanguageCode();
}
