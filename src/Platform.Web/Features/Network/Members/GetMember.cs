using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Members;

/// <summary>One member of the admin's own agency; a member of another agency is "not found".</summary>
public sealed class GetMemberHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<MemberDetails>> HandleAsync(NetworkActor actor, string id, CancellationToken cancellationToken = default)
    {
        var member = await db.OfAgency(actor).AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                Member = m,
                Team = db.Teams.Where(t => t.Id == m.TeamId).Select(t => t.Name).FirstOrDefault(),
                Partner = db.PartnerOrganisations.Where(p => p.Id == m.PartnerOrganisationId).Select(p => p.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return Outcome.NotFound<MemberDetails>();
        }

        var m = member.Member;
        var roles = await db.RolesOfAsync([m.Id], cancellationToken);
        await audit.RecordAsync(new AuditEvent("member.viewed", nameof(Member), m.Id, m.AgencyCode), cancellationToken);
        return Outcome.Ok(new MemberDetails(
            m.Id, m.DisplayName, m.Email, m.JobTitle, m.TeamId, member.Team, m.PartnerOrganisationId, member.Partner,
            roles.TryGetValue(m.Id, out var r) ? r : [], m.ListedInDirectory, m.TwoFactorEnabled, m.CreatedAt, m.DeactivatedAt));
    }
}
