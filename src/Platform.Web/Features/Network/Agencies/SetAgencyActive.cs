using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Agencies;

/// <summary>
/// Deactivating hides an agency from the directory and from new invitations; its records and members stay, so a
/// country that pauses its membership can return without losing history.
/// </summary>
public sealed class SetAgencyActiveHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<AgencyView>> HandleAsync(string code, bool active, CancellationToken cancellationToken = default)
    {
        // A form post without the code binds null.
        var agency = string.IsNullOrWhiteSpace(code) ? null : await db.Agencies.FindAsync([code.ToUpperInvariant()], cancellationToken);
        if (agency is null)
        {
            return Outcome.NotFound<AgencyView>();
        }

        if (agency.IsActive != active)
        {
            agency.IsActive = active;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(
                new AuditEvent(active ? "agency.reactivated" : "agency.deactivated", nameof(Agency), agency.Code, agency.Code),
                cancellationToken);
        }

        return Outcome.Ok(AgencyView.From(agency));
    }
}
