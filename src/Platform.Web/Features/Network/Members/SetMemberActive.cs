using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Members;

/// <summary>
/// Deactivation keeps the record (audit trails point to it) but ends access: permanent lockout refuses sign-in and a
/// new security stamp invalidates the member's open sessions at their next validation.
/// </summary>
public sealed class SetMemberActiveHandler(AppDbContext db, UserManager<Member> users, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<bool>> HandleAsync(NetworkActor actor, string id, bool active, CancellationToken cancellationToken = default)
    {
        var member = await db.OfAgency(actor).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (member is null)
        {
            return Outcome.NotFound<bool>();
        }

        if (!active && member.Id == actor.MemberId)
        {
            return Outcome.Invalid<bool>("", "You cannot deactivate your own account.");
        }

        if (!actor.IsNetworkAdmin && await users.IsInRoleAsync(member, Roles.NetworkAdmin))
        {
            return Outcome.Invalid<bool>("", "Only a network admin can deactivate or reactivate a network admin.");
        }

        if ((member.DeactivatedAt is null) == active)
        {
            return Outcome.Ok(active);
        }

        if (active)
        {
            member.DeactivatedAt = null;
            UpdateMemberHandler.Check(await users.SetLockoutEndDateAsync(member, null));
            UpdateMemberHandler.Check(await users.ResetAccessFailedCountAsync(member));
        }
        else
        {
            member.DeactivatedAt = clock.GetUtcNow();
            UpdateMemberHandler.Check(await users.SetLockoutEnabledAsync(member, true));
            UpdateMemberHandler.Check(await users.SetLockoutEndDateAsync(member, DateTimeOffset.MaxValue));
        }

        UpdateMemberHandler.Check(await users.UpdateSecurityStampAsync(member));
        await audit.RecordAsync(
            new AuditEvent(active ? "member.reactivated" : "member.deactivated", nameof(Member), member.Id, member.AgencyCode),
            cancellationToken);
        return Outcome.Ok(active);
    }
}
