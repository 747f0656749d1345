using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Teams;

/// <summary>Deletes a team of the admin's own agency; its members and pending invitations simply lose the team.</summary>
public sealed class DeleteTeamHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<Guid>> HandleAsync(NetworkActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id && t.AgencyCode == actor.AgencyCode, cancellationToken);
        if (team is null)
        {
            return Outcome.NotFound<Guid>();
        }

        // Invitation.TeamId has no foreign key, so the database would not clear it; one SaveChanges keeps it atomic.
        foreach (var invitation in await db.Invitations.Where(i => i.TeamId == id).ToListAsync(cancellationToken))
        {
            invitation.TeamId = null;
        }

        foreach (var member in await db.Users.Where(m => m.TeamId == id).ToListAsync(cancellationToken))
        {
            member.TeamId = null;
        }

        db.Teams.Remove(team);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("team.deleted", nameof(Team), id.ToString(), team.AgencyCode), cancellationToken);
        return Outcome.Ok(id);
    }
}
