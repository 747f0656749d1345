using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>Adds a profile of the editor's agency as a national draft (TLP:GREEN proposed until someone changes it).</summary>
public sealed class CreateInterventionHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<InterventionView>> HandleAsync(KnowledgeActor actor, InterventionInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.CanCreate)
        {
            return Outcome.NotFound<InterventionView>();
        }

        var now = clock.GetUtcNow();
        var errors = InterventionRules.Check(input, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InterventionView>(errors);
        }

        var item = new Intervention
        {
            Slug = await FreeSlugAsync(Slugs.From(input.Name), cancellationToken),
            Name = input.Name,
            Summary = input.Summary,
            OwnerAgencyCode = actor.AgencyCode!,
            CreatedBy = actor.MemberId,
            LastEditedBy = actor.MemberId,
            CreatedAt = now,
            UpdatedAt = now,
            Tlp = TlpMarking.Green,
            ReleaseState = ReleaseState.NationalDraft,
        };
        InterventionMapping.Apply(input, item);
        db.Interventions.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("knowledge.intervention.created", nameof(Intervention), item.Id.ToString(), item.OwnerAgencyCode,
            Details: $"{item.Slug}; national draft"), cancellationToken);
        return Outcome.Ok(InterventionView.From(item, []));
    }

    // Slugs are unique over the whole catalogue, drafts of other agencies included; a suffix keeps them apart.
    private async Task<string> FreeSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var taken = await db.Interventions.Where(i => i.Slug == slug || i.Slug.StartsWith(slug + "-"))
            .Select(i => i.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate) || IsReserved(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private static bool IsReserved(string slug) => slug is "new" or "index";
}
