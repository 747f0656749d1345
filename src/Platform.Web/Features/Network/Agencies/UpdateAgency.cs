using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Agencies;

/// <summary>A network admin edits an agency; the country code is the key and never changes.</summary>
public sealed class UpdateAgencyHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<AgencyView>> HandleAsync(string code, AgencyInput input, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.FindAsync([code.ToUpperInvariant()], cancellationToken);
        if (agency is null)
        {
            return Outcome.NotFound<AgencyView>();
        }

        input.Code = agency.Code;
        var errors = AgencyRules.Check(input, checkCode: false);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<AgencyView>(errors);
        }

        AgencyRules.Apply(input, agency);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("agency.updated", nameof(Agency), agency.Code, agency.Code), cancellationToken);
        return Outcome.Ok(AgencyView.From(agency));
    }
}
