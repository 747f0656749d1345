using Platform.Tests.Guards;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

/// <summary>Agency B's rows of the Network module. B's members themselves are created by the isolation world.</summary>
public sealed class NetworkIsolationFixtures : IIsolationFixtureSource
{
    public void Register(IsolationFixtureBuilders builders) =>
        builders.Add(c => c.Db.Invitations.Add(new Invitation
        {
            AgencyCode = c.AgencyCode,
            Email = c.MarkerEmail("InvitationEmail"),
            DisplayName = c.Marker("InvitationName"),
            Role = Roles.CaseWorker,
            TokenHash = InvitationTokens.Hash(InvitationTokens.Create()),
            InvitedByMemberId = c.Member(Roles.CountryAdmin).Id,
            CreatedAt = c.Clock.GetUtcNow(),
            ExpiresAt = c.Clock.GetUtcNow().AddDays(7),
        }).Entity);
}
