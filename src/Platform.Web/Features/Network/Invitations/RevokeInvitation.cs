using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Invitations;

/// <summary>Revoking makes the emailed link useless; an accepted invitation cannot be revoked (deactivate the member instead).</summary>
public sealed class RevokeInvitationHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<InvitationRow>> HandleAsync(NetworkActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id && i.AgencyCode == actor.AgencyCode, cancellationToken);
        if (invitation is null)
        {
            return Outcome.NotFound<InvitationRow>();
        }

        var now = clock.GetUtcNow();
        if (invitation.AcceptedAt is not null)
        {
            return Outcome.Invalid<InvitationRow>("", "This invitation was already accepted. Deactivate the member instead.");
        }

        if (invitation.RevokedAt is null)
        {
            invitation.RevokedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEvent("invitation.revoked", nameof(Invitation), id.ToString(), invitation.AgencyCode), cancellationToken);
        }

        return Outcome.Ok(await ListInvitationsHandler.RowAsync(db, invitation, now, cancellationToken));
    }
}
