using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Invitations;

/// <summary>
/// For the acceptance page (Accounts): the pending invitation an emailed token belongs to, or "not found" when the
/// token is unknown, revoked, accepted or expired. The visitor has no agency yet, so this looks across agencies by
/// the token's hash only; the caller marks the invitation accepted in the invitation's agency scope.
/// </summary>
public sealed class FindInvitationByTokenHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Outcome<Invitation>> HandleAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return Outcome.NotFound<Invitation>();
        }

        var hash = InvitationTokens.Hash(token.Trim());
        var now = clock.GetUtcNow();
        using var _ = db.Scope.BeginSystemWork();
        var invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is not null && InvitationRules.StatusOf(invitation, now) == InvitationStatus.Pending
            ? Outcome.Ok(invitation)
            : Outcome.NotFound<Invitation>();
    }
}
