using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Features.Network.Demo;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Tests.Features.Network;

public sealed class NetworkDemoSeederTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesFictionalNetwork_AndSecondRunAddsNothing()
    {
        await SeedAsync();
        var first = await CountsAsync();
        await SeedAsync();
        var second = await CountsAsync();

        Assert.True(first.Agencies >= 12, $"{first.Agencies} agencies");
        Assert.Equal(first, second);
        await app.WithSystemDbAsync(async db =>
        {
            var teamsPerAgency = await db.Teams.GroupBy(t => t.AgencyCode).Select(g => g.Count()).ToListAsync(Ct);
            Assert.All(teamsPerAgency, n => Assert.InRange(n, 2, 3));
            Assert.True(await db.PartnerOrganisations.AnyAsync(p => p.Kind == PartnerKind.Secretariat && p.AgencyCode == null, Ct));
            var membersPerAgency = await db.Users.Where(m => m.AgencyCode != null).GroupBy(m => m.AgencyCode).Select(g => g.Count()).ToListAsync(Ct);
            Assert.All(membersPerAgency, n => Assert.InRange(n, 3, 6));
            Assert.True(await db.Users.CountAsync(m => m.ListedInDirectory, Ct) >= 5);
            var now = app.Clock.GetUtcNow();
            Assert.True(await db.Invitations.CountAsync(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, Ct) >= 3);
            Assert.All(await db.Users.Select(m => m.Email!).ToListAsync(Ct), e => Assert.EndsWith(".example", e, StringComparison.Ordinal));
            Assert.All(await db.Agencies.Select(a => a.Name).ToListAsync(Ct), n => Assert.Contains("(demo)", n, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task DemoAccounts_SignInWithPrintedPasswordAndAuthenticatorKey()
    {
        await SeedAsync();
        var admin = DemoAccounts.All.Single(a => a.Email.StartsWith("countryadmin.nl", StringComparison.Ordinal));
        var viewer = DemoAccounts.All.Single(a => !a.TwoFactor);

        var adminClient = await app.SignInAsync(await AsTestMemberAsync(admin));
        var viewerClient = await app.SignInAsync(await AsTestMemberAsync(viewer));

        Assert.Contains(admin.Name, await adminClient.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains(viewer.Name, await viewerClient.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains($"oathtool --totp -b", DemoCredentials.Table("http://localhost:5080/Accounts/SignIn"), StringComparison.Ordinal);
        Assert.Contains(admin.AuthenticatorKey!, DemoCredentials.Table("http://localhost:5080/Accounts/SignIn"), StringComparison.Ordinal);
    }

    private async Task<TestMember> AsTestMemberAsync(DemoAccount account)
    {
        string? id = null;
        await app.WithSystemDbAsync(async db => id = await db.Users.Where(m => m.Email == account.Email).Select(m => m.Id).SingleAsync(Ct));
        return new TestMember(id!, account.Email, DemoAccounts.Password, account.Name, account.AgencyCode, account.AuthenticatorKey);
    }

    private async Task SeedAsync() =>
        await app.WithScopeAsync(async sp =>
        {
            var seeder = sp.GetServices<IDemoSeeder>().OfType<NetworkDemoSeeder>().Single();
            await seeder.SeedAsync(sp, Ct);
        });

    private async Task<(int Agencies, int Teams, int Partners, int Members, int Invitations)> CountsAsync()
    {
        (int, int, int, int, int) counts = default;
        await app.WithSystemDbAsync(async db => counts = (
            await db.Agencies.CountAsync(Ct),
            await db.Teams.CountAsync(Ct),
            await db.PartnerOrganisations.CountAsync(Ct),
            await db.Users.CountAsync(Ct),
            await db.Invitations.CountAsync(Ct)));
        return counts;
    }
}
