using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Accounts.Invitations;

public enum InvitationState
{
    Open,
    Unknown,
    Expired,
    Revoked,
    Used,
}

public sealed record AcceptInvitationRequest(string Token, string DisplayName, string Password, string PreferredLanguage);

/// <param name="Errors">Identity errors (password rules, duplicate email) when the account could not be created.</param>
public sealed record AcceptInvitationResult(InvitationState State, Member? Member, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => State == InvitationState.Open && Member is not null && Errors.Count == 0;
}

/// <summary>
/// Sign-up by invitation: creates the member the invitation describes (terms accepted on the same form) and marks the
/// invitation used. Nobody is signed in yet, so invitations are read in system scope, found only by token hash.
/// </summary>
public sealed class AcceptInvitation(AppDbContext db, UserManager<Member> users, TimeProvider clock, IAuditLog audit)
{
    public async Task<(InvitationState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return (InvitationState.Unknown, null);
        }

        var hash = InvitationTokens.Hash(token);
        using var _ = db.Scope.BeginSystemWork();
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return (StateOf(invitation, clock.GetUtcNow()), invitation);
    }

    public async Task<AcceptInvitationResult> HandleAsync(AcceptInvitationRequest request, CancellationToken cancellationToken = default)
    {
        var (state, invitation) = await FindAsync(request.Token, cancellationToken);
        if (state != InvitationState.Open || invitation is null)
        {
            return new AcceptInvitationResult(state, null, []);
        }

        if (!Roles.IsKnown(invitation.Role))
        {
            throw new InvalidOperationException($"Invitation {invitation.Id} names unknown role {invitation.Role}.");
        }

        var now = clock.GetUtcNow();
        var member = new Member
        {
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true, // the token reached this address
            DisplayName = request.DisplayName.Trim(),
            AgencyCode = invitation.AgencyCode,
            TeamId = invitation.TeamId,
            PartnerOrganisationId = invitation.PartnerOrganisationId,
            PreferredLanguage = request.PreferredLanguage,
            AcceptedTermsVersion = TermsOfUse.CurrentVersion,
            AcceptedTermsAt = now,
            CreatedAt = now,
        };

        // One transaction: claim the invitation with a conditional update, then create the account. A second,
        // concurrent submit waits for the row lock, then finds AcceptedAt set and claims nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int claimed;
        using (db.Scope.BeginSystemWork())
        {
            claimed = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.RevokedAt == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.AcceptedAt, now)
                    .SetProperty(i => i.AcceptedMemberId, member.Id), cancellationToken);
        }

        if (claimed == 0)
        {
            return new AcceptInvitationResult(InvitationState.Used, null, []);
        }

        var errors = await CreateMemberAsync(member, request.Password, invitation.Role);
        if (errors.Count > 0)
        {
            return new AcceptInvitationResult(InvitationState.Open, null, errors);
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("invitation.accepted", nameof(Invitation), invitation.Id.ToString(), invitation.AgencyCode,
            Details: $"member {member.Id}, role {invitation.Role}, terms version {TermsOfUse.CurrentVersion}"), cancellationToken);
        return new AcceptInvitationResult(InvitationState.Open, member, []);
    }

    private async Task<IReadOnlyList<IdentityError>> CreateMemberAsync(Member member, string password, string role)
    {
        try
        {
            var created = await users.CreateAsync(member, password);
            if (!created.Succeeded)
            {
                return [.. created.Errors];
            }

            var added = await users.AddToRoleAsync(member, role);
            return added.Succeeded ? [] : [.. added.Errors];
        }
        catch (DbUpdateException)
        {
            // Two invitations for one address accepted at the same moment: the unique user name index decides.
            return [users.ErrorDescriber.DuplicateEmail(member.Email!)];
        }
    }

    private static InvitationState StateOf(Invitation? invitation, DateTimeOffset now) => invitation switch
    {
        null => InvitationState.Unknown,
        { AcceptedAt: not null } => InvitationState.Used,
        { RevokedAt: not null } => InvitationState.Revoked,
        _ when invitation.ExpiresAt <= now => InvitationState.Expired,
        _ => InvitationState.Open,
    };
}
