using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Audit;

/// <summary>
/// Which entries a member may read: a country admin those of their own agency; a network admin also the
/// network-level ones (<see cref="AuditEntry.NetworkAgencyCode"/>). Nobody reads another agency's entries.
/// </summary>
public sealed record AuditViewer(string? AgencyCode, bool SeesNetworkEntries)
{
    public static AuditViewer? For(ClaimsPrincipal user)
    {
        var agency = user.IsInRole(Roles.CountryAdmin) || user.IsInRole(Roles.NetworkAdmin)
            ? user.FindFirstValue(PlatformClaims.Agency)
            : null;
        var network = user.IsInRole(Roles.NetworkAdmin);
        return agency is null && !network ? null : new AuditViewer(agency, network);
    }

    /// <summary>The agency an action of this viewer is recorded under.</summary>
    public string RecordingAgency => AgencyCode ?? AuditEntry.NetworkAgencyCode;

    // The agency query filter knows only one agency; this replaces it with the explicit, narrower rule above.
    public IQueryable<AuditEntry> Entries(AppDbContext db)
    {
        var own = AgencyCode;
        var network = SeesNetworkEntries;
        return db.AuditEntries
            .IgnoreQueryFilters([AppDbContext.AgencyFilter])
            .AsNoTracking()
            .Where(e => (own != null && e.AgencyCode == own) || (network && e.AgencyCode == AuditEntry.NetworkAgencyCode));
    }
}
