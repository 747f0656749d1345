using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Demo;

namespace Platform.Web.Features.Network.Demo;

/// <summary>
/// Seeds the fictional demo network (agencies, teams, partners, members, invitations, sign-in accounts) into an
/// empty database. Does nothing once any agency exists, so restarts and real installations are never touched.
/// </summary>
internal sealed class NetworkDemoSeeder(ILogger<NetworkDemoSeeder> logger) : IDemoSeeder
{
    public int Order => 10;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        using var system = db.Scope.BeginSystemWork();
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Network demo data skipped: the database already has agencies");
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var users = services.GetRequiredService<UserManager<Member>>();
        var writer = new DemoWriter(db, users, services.GetRequiredService<RoleManager<IdentityRole>>(), clock.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await writer.RolesAsync();
        var teams = await writer.AgenciesAndTeamsAsync(cancellationToken);
        var partners = await writer.PartnersAsync(cancellationToken);
        var firstMember = await writer.PeopleAsync(teams);
        await writer.AccountsAsync(teams, partners);
        await writer.InvitationsAsync(firstMember, teams, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var table = DemoCredentials.Table(DemoCredentials.SignInUrl(services.GetRequiredService<IConfiguration>()));
        Console.Out.WriteLine(table);
        // The table goes to the console only: it holds demo passwords and keys that have no place in log storage.
        logger.LogInformation("Network demo data seeded: {Agencies} fictional agencies; sign-in table printed on the console",
            DemoNetwork.Agencies.Length);
    }
}
