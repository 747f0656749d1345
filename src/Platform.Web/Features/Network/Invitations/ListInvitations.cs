using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Invitations;

public sealed record InvitationQuery(InvitationStatus? Status = null, string? Search = null, int? Page = null, int? PageSize = null);

/// <summary>Invitations of the admin's agency (the agency query filter hides every other agency's).</summary>
public sealed class ListInvitationsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PageOf<InvitationRow>> HandleAsync(NetworkActor actor, InvitationQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var paging = Paging.From(query.Page, query.PageSize);
        var invitations = db.Invitations.AsNoTracking().Where(i => i.AgencyCode == actor.AgencyCode);
        invitations = query.Status switch
        {
            InvitationStatus.Pending => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now),
            InvitationStatus.Accepted => invitations.Where(i => i.AcceptedAt != null),
            InvitationStatus.Revoked => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt != null),
            InvitationStatus.Expired => invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt <= now),
            _ => invitations,
        };
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToLowerInvariant();
            invitations = invitations.Where(i => i.Email.ToLower().Contains(term) || i.DisplayName.ToLower().Contains(term));
        }

        var total = await invitations.CountAsync(cancellationToken);
        var rows = await invitations
            .OrderByDescending(i => i.CreatedAt)
            .Skip(paging.Skip)
            .Take(paging.PageSize)
            .Select(i => new
            {
                Invitation = i,
                Team = db.Teams.Where(t => t.Id == i.TeamId).Select(t => t.Name).FirstOrDefault(),
                Partner = db.PartnerOrganisations.Where(p => p.Id == i.PartnerOrganisationId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => InvitationRules.RowOf(r.Invitation, r.Team, r.Partner, now)).ToList();
        return new PageOf<InvitationRow>(items, paging.Page, paging.PageSize, total);
    }

    public async Task<Outcome<InvitationRow>> FindAsync(NetworkActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.AgencyCode == actor.AgencyCode, cancellationToken);
        return invitation is null
            ? Outcome.NotFound<InvitationRow>()
            : Outcome.Ok(await RowAsync(db, invitation, clock.GetUtcNow(), cancellationToken));
    }

    internal static async Task<InvitationRow> RowAsync(AppDbContext db, Invitation invitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var team = invitation.TeamId is null
            ? null
            : await db.Teams.Where(t => t.Id == invitation.TeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var partner = invitation.PartnerOrganisationId is null
            ? null
            : await db.PartnerOrganisations.Where(p => p.Id == invitation.PartnerOrganisationId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        return InvitationRules.RowOf(invitation, team, partner, now);
    }
}
