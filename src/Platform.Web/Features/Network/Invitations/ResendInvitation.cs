using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Invitations;

/// <summary>Sends a pending or expired invitation again with a new token and a new expiry; the old link stops working.</summary>
public sealed class ResendInvitationHandler(AppDbContext db, InvitationMailer mailer, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<InvitationSent>> HandleAsync(NetworkActor actor, Guid id, string baseUrl, CancellationToken cancellationToken = default)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id && i.AgencyCode == actor.AgencyCode, cancellationToken);
        if (invitation is null)
        {
            return Outcome.NotFound<InvitationSent>();
        }

        if (invitation.AcceptedAt is not null || invitation.RevokedAt is not null)
        {
            return Outcome.Invalid<InvitationSent>("", invitation.AcceptedAt is not null
                ? "This invitation was already accepted."
                : "This invitation was revoked. Create a new one instead.");
        }

        var now = clock.GetUtcNow();
        var token = InvitationTokens.Create();
        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.ExpiresAt = now + InvitationRules.Lifetime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("invitation.resent", nameof(Invitation), id.ToString(), invitation.AgencyCode), cancellationToken);

        var agency = await db.Agencies.Where(a => a.Code == invitation.AgencyCode).Select(a => a.Name).FirstAsync(cancellationToken);
        var inviter = await db.Users.Where(m => m.Id == actor.MemberId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var sent = await mailer.SendAsync(invitation, token, agency, inviter ?? agency, baseUrl, cancellationToken);
        return Outcome.Ok(new InvitationSent(await ListInvitationsHandler.RowAsync(db, invitation, now, cancellationToken), sent));
    }
}
