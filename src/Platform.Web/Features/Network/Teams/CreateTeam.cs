using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Teams;

public sealed class CreateTeamHandler(AppDbContext db, IAuditLog audit)
{
    public async Task<Outcome<TeamRow>> HandleAsync(NetworkActor actor, TeamInput input, CancellationToken cancellationToken = default)
    {
        if (actor.AgencyCode is not { } agency)
        {
            return Outcome.NotFound<TeamRow>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<TeamRow>(errors);
        }

        var name = input.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.AgencyCode == agency && t.Name == name, cancellationToken))
        {
            return Outcome.Invalid<TeamRow>(nameof(TeamInput.Name), "Your agency already has a team with this name.");
        }

        var team = new Team { AgencyCode = agency, Name = name, Description = Blank(input.Description) };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("team.created", nameof(Team), team.Id.ToString(), agency), cancellationToken);
        return Outcome.Ok(new TeamRow(team.Id, team.Name, team.Description, 0));
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
