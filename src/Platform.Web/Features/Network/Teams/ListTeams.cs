using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Teams;

/// <summary>The teams of the admin's own agency, with how many members each has.</summary>
public sealed class ListTeamsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<TeamRow>> HandleAsync(NetworkActor actor, CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking()
            .Where(t => t.AgencyCode == actor.AgencyCode)
            .OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.Description, db.Users.Count(m => m.TeamId == t.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>The same teams for a filter or a picker: id and name only, without counting members.</summary>
    public async Task<IReadOnlyList<TeamChoice>> ChoicesAsync(NetworkActor actor, CancellationToken cancellationToken = default) =>
        await db.Teams.AsNoTracking()
            .Where(t => t.AgencyCode == actor.AgencyCode)
            .OrderBy(t => t.Name)
            .Select(t => new TeamChoice(t.Id, t.Name))
            .ToListAsync(cancellationToken);
}
