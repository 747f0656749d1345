using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed class InvitationPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationsPage_SecondPage_ShowsTheOlderInvitations()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var prefix = $"paging{Guid.NewGuid():N}"[..14];
        var start = app.Clock.GetUtcNow();
        await app.WithSystemDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Invitations.Add(new Invitation
                {
                    AgencyCode = "NL",
                    Email = $"{prefix}.{i:D2}@example.org",
                    DisplayName = $"{prefix} {i:D2}",
                    Role = Roles.Viewer,
                    TokenHash = InvitationTokens.Hash(InvitationTokens.Create()),
                    InvitedByMemberId = admin.Id,
                    CreatedAt = start.AddMinutes(i),
                    ExpiresAt = start.AddDays(7),
                });
            }

            await db.SaveChangesAsync(Ct);
        });
        var client = await app.SignInAsync(admin);

        var first = await client.GetStringAsync($"/Network/Invitations?search={prefix}", Ct);
        var second = await client.GetStringAsync($"/Network/Invitations?search={prefix}&page=2", Ct);

        Assert.Contains($"{prefix} 29", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prefix} 00", first, StringComparison.Ordinal);
        Assert.Contains($"{prefix} 00", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prefix} 29", second, StringComparison.Ordinal);
        Assert.Contains($"search={prefix}&amp;page=1", second, StringComparison.Ordinal);
    }
}
