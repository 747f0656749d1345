using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.ApiKeys;

/// <summary>Revokes one of the signed-in member's own keys. False when the key is not theirs (the caller answers 404).</summary>
public sealed class RevokeApiKeyHandler(AppDbContext db, UserManager<Member> users, IAuditLog audit, TimeProvider clock)
{
    public async Task<bool> HandleAsync(ClaimsPrincipal user, Guid keyId, CancellationToken cancellationToken = default)
    {
        var memberId = users.GetUserId(user);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.MemberId == memberId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(
                new AuditEvent("api-key.revoked", nameof(ApiKey), key.Id.ToString(), Details: $"prefix {key.Prefix}"),
                cancellationToken);
        }

        return true;
    }
}
