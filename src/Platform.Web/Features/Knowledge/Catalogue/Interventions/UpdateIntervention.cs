using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Edits a profile of the editor's agency. A released profile goes back to national draft until released again.</summary>
public sealed class UpdateInterventionHandler(AppDbContext db, ItemSharing sharing, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<InterventionView>> HandleAsync(KnowledgeActor actor, Guid id, InterventionInput input, CancellationToken cancellationToken = default)
    {
        var item = await db.Interventions.Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer)).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !actor.CanEdit(item))
        {
            return Outcome.NotFound<InterventionView>();
        }

        var errors = InterventionRules.Check(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InterventionView>(errors);
        }

        if (!sharing.ExpectVersion(item, input.Version))
        {
            return Conflict();
        }

        var wasReleased = item.ReleaseState == ReleaseState.Released;
        InterventionMapping.Apply(input, item);
        sharing.MarkEdited(item, actor.MemberId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        await audit.RecordAsync(new AuditEvent("knowledge.intervention.updated", nameof(Intervention), item.Id.ToString(), item.OwnerAgencyCode,
            Details: wasReleased ? "released profile returned to national draft" : "national draft"), cancellationToken);
        return Outcome.Ok(InterventionView.From(item, []));
    }

    private static Outcome<InterventionView> Conflict() => Outcome.Invalid<InterventionView>(KnowledgeResults.VersionField, ItemSharing.ConflictMessage);
}
