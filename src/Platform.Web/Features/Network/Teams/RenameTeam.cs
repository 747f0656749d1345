using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Teams;

/// <summary>Renames a team (and updates its description) within the admin's own agency.</summary>
public sealed class RenameTeamHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<TeamRow>> HandleAsync(NetworkActor actor, Guid id, TeamInput input, CancellationToken cancellationToken = default)
    {
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id && t.AgencyCode == actor.AgencyCode, cancellationToken);
        if (team is null)
        {
            return Outcome.NotFound<TeamRow>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<TeamRow>(errors);
        }

        var name = input.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.AgencyCode == team.AgencyCode && t.Name == name && t.Id != id, cancellationToken))
        {
            return Outcome.Invalid<TeamRow>(nameof(TeamInput.Name), "Your agency already has a team with this name.");
        }

        team.Name = name;
        team.Description = CreateTeamHandler.Blank(input.Description);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("team.renamed", nameof(Team), team.Id.ToString(), team.AgencyCode), cancellationToken);
        var members = await db.Users.CountAsync(m => m.TeamId == id, cancellationToken);
        return Outcome.Ok(new TeamRow(team.Id, team.Name, team.Description, members));
    }
}
