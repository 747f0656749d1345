using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Partners;

/// <summary>Edits a partner the actor may edit (see <see cref="PartnerRules.CanEdit"/>); the sponsor never changes here.</summary>
public sealed class UpdatePartnerHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<PartnerView>> HandleAsync(NetworkActor actor, Guid id, PartnerInput input, CancellationToken cancellationToken = default)
    {
        var partner = await db.PartnerOrganisations.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null || !PartnerRules.CanEdit(actor, partner.AgencyCode))
        {
            return Outcome.NotFound<PartnerView>();
        }

        input.NetworkWide = partner.AgencyCode is null;
        var errors = PartnerRules.Check(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<PartnerView>(errors);
        }

        var name = input.Name.Trim();
        if (await db.PartnerOrganisations.AnyAsync(p => p.Name == name && p.Id != id, cancellationToken))
        {
            return Outcome.Invalid<PartnerView>(nameof(PartnerInput.Name), "A partner organisation with this name already exists.");
        }

        PartnerRules.Apply(input, partner);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("partner.updated", nameof(PartnerOrganisation), id.ToString(), partner.AgencyCode), cancellationToken);
        return Outcome.Ok(new PartnerView(partner.Id, partner.Name, partner.Kind, partner.AgencyCode, null, partner.Website, partner.Description, partner.ContactEmail));
    }
}
