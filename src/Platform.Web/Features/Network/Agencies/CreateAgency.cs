using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Agencies;

/// <summary>A network admin adds a country's agency to the network.</summary>
public sealed class CreateAgencyHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<AgencyView>> HandleAsync(AgencyInput input, CancellationToken cancellationToken = default)
    {
        var errors = AgencyRules.Check(input, checkCode: true);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<AgencyView>(errors);
        }

        var code = input.Code.ToUpperInvariant();
        if (await db.Agencies.AnyAsync(a => a.Code == code, cancellationToken))
        {
            return Outcome.Invalid<AgencyView>(nameof(AgencyInput.Code), "An agency for this country already exists.");
        }

        var agency = new Agency { Code = code, CountryName = "", Name = "", JoinedAt = clock.GetUtcNow() };
        AgencyRules.Apply(input, agency);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("agency.created", nameof(Agency), code, code), cancellationToken);
        return Outcome.Ok(AgencyView.From(agency));
    }
}
