using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network.Members;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Network.Invitations;

/// <summary>
/// A country admin invites someone to their agency by email. Only the SHA-256 of the token is stored; the token
/// itself exists only in the email.
/// </summary>
public sealed class CreateInvitationHandler(
    AppDbContext db, UserManager<Member> users, InvitationMailer mailer, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<InvitationSent>> HandleAsync(
        NetworkActor actor, InvitationInput input, string baseUrl, CancellationToken cancellationToken = default)
    {
        if (actor.AgencyCode is not { } agencyCode
            || await db.Agencies.FirstOrDefaultAsync(a => a.Code == agencyCode, cancellationToken) is not { } agency)
        {
            return Outcome.NotFound<InvitationSent>();
        }

        var now = clock.GetUtcNow();
        var errors = await CheckAsync(actor, agency, input, now, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<InvitationSent>(errors);
        }

        var token = InvitationTokens.Create();
        var invitation = new Invitation
        {
            AgencyCode = agency.Code,
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName.Trim(),
            Role = input.Role,
            TeamId = input.TeamId,
            PartnerOrganisationId = input.PartnerOrganisationId,
            TokenHash = InvitationTokens.Hash(token),
            InvitedByMemberId = actor.MemberId,
            CreatedAt = now,
            ExpiresAt = now + InvitationRules.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditEvent("invitation.created", nameof(Invitation), invitation.Id.ToString(), agency.Code, Details: $"role {invitation.Role}"),
            cancellationToken);

        var inviter = await db.Users.Where(m => m.Id == actor.MemberId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var sent = await mailer.SendAsync(invitation, token, agency.Name, inviter ?? agency.Name, baseUrl, cancellationToken);
        var row = await ListInvitationsHandler.RowAsync(db, invitation, now, cancellationToken);
        return Outcome.Ok(new InvitationSent(row, sent));
    }

    private async Task<Dictionary<string, string[]>> CheckAsync(
        NetworkActor actor, Agency agency, InvitationInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (!agency.IsActive)
        {
            errors[""] = ["Your agency is not active in the network; it cannot invite members."];
        }

        if (!errors.ContainsKey(nameof(InvitationInput.Role)) && !RoleRules.Grantable(actor).Contains(input.Role))
        {
            errors[nameof(InvitationInput.Role)] = ["You cannot invite someone with this role."];
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.AgencyCode == agency.Code, cancellationToken))
        {
            errors[nameof(InvitationInput.TeamId)] = ["Choose one of your agency's teams."];
        }

        if (input.PartnerOrganisationId is { } partnerId)
        {
            if (!await db.PartnerOrganisations.AnyAsync(p => p.Id == partnerId && p.AgencyCode == agency.Code, cancellationToken))
            {
                errors[nameof(InvitationInput.PartnerOrganisationId)] = ["Choose a partner organisation sponsored by your agency."];
            }
            else if (!RoleRules.PartnerRoles.Contains(input.Role))
            {
                errors[nameof(InvitationInput.PartnerOrganisationId)] = ["People of a partner organisation can only be invited as partner contributor or viewer."];
            }
        }

        if (errors.ContainsKey(nameof(InvitationInput.Email)))
        {
            return errors;
        }

        var email = input.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            errors[nameof(InvitationInput.Email)] = ["Someone with this email address already has an account on the platform."];
        }
        else if (await db.Invitations.AnyAsync(
                     i => i.AgencyCode == agency.Code && i.Email.ToUpper() == email.ToUpperInvariant()
                          && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now,
                     cancellationToken))
        {
            errors[nameof(InvitationInput.Email)] = ["There is already a pending invitation for this email address. Resend or revoke it instead."];
        }

        return errors;
    }
}
