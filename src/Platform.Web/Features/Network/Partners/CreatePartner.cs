using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Partners;

/// <summary>A country admin adds a partner sponsored by their agency; a network admin adds a network-wide partner.</summary>
public sealed class CreatePartnerHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<PartnerView>> HandleAsync(NetworkActor actor, PartnerInput input, CancellationToken cancellationToken = default)
    {
        var errors = PartnerRules.Check(input);
        var sponsor = input.NetworkWide ? null : actor.AgencyCode;
        if (!PartnerRules.CanEdit(actor, sponsor) || (!input.NetworkWide && sponsor is null))
        {
            errors[nameof(PartnerInput.NetworkWide)] = [input.NetworkWide
                ? "Only network admins can add network-wide partners."
                : "Only country admins can add partners sponsored by their agency."];
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid<PartnerView>(errors);
        }

        var name = input.Name.Trim();
        if (await db.PartnerOrganisations.AnyAsync(p => p.Name == name, cancellationToken))
        {
            return Outcome.Invalid<PartnerView>(nameof(PartnerInput.Name), "A partner organisation with this name already exists.");
        }

        var partner = new PartnerOrganisation { Name = name, AgencyCode = sponsor };
        PartnerRules.Apply(input, partner);
        db.PartnerOrganisations.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("partner.created", nameof(PartnerOrganisation), partner.Id.ToString(), sponsor), cancellationToken);
        return Outcome.Ok(new PartnerView(partner.Id, partner.Name, partner.Kind, sponsor, null, partner.Website, partner.Description, partner.ContactEmail));
    }
}
