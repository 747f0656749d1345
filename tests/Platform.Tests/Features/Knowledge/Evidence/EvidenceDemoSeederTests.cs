using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Demo;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Network.Demo;
using Platform.Web.Infrastructure.Demo;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Evidence;

public sealed class EvidenceDemoSeederTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_AfterNetworkAndCatalogue_RecordsEvidence_SkipsMissingSlugs_AndRunsOnce()
    {
        await SeedAsync<NetworkDemoSeeder>();
        // The catalogue's own seeder is another part; a subset of its slugs stands in (gamechangers etc. missing on purpose).
        await app.WithSystemDbAsync(async db =>
        {
            var author = await db.Users.Where(m => m.AgencyCode == "NL").Select(m => m.Id).FirstAsync(Ct);
            foreach (var (slug, owner) in new[] { ("hack-right", "NL"), ("be-internet-awesome", "US"), ("poweroff-warnings", "NL") })
            {
                db.Interventions.Add(new Intervention
                {
                    Slug = slug, Name = slug, OwnerAgencyCode = owner, Summary = "demo", CreatedBy = author, LastEditedBy = author,
                    ReleaseState = ReleaseState.Released,
                });
            }

            await db.SaveChangesAsync(Ct);
        });

        await SeedAsync<EvidenceDemoSeeder>();
        await SeedAsync<EvidenceDemoSeeder>();

        await app.WithSystemDbAsync(async db =>
        {
            var items = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Slug, Ct);
            Assert.Equal(EvidenceTier.Emerging, items["hack-right"].BestEvidenceTier);
            Assert.Equal(["FI", "NL", "PT"], items["hack-right"].AdoptingCountries);
            Assert.Equal(EvidenceTier.Promising, items["be-internet-awesome"].BestEvidenceTier);
            Assert.Equal(EvidenceTier.Inconclusive, items["poweroff-warnings"].BestEvidenceTier);
            Assert.Equal(3, await db.Evaluations.CountAsync(Ct));
            var resolved = await db.EvidenceRatings.Include(r => r.Reviews).SingleAsync(r => r.State == RatingState.Resolved, Ct);
            Assert.NotNull(resolved.ResolutionReason);
            Assert.NotEqual(resolved.Reviews[0].Tier, resolved.Reviews[1].Tier);
            var authors = items.Values.Select(i => i.CreatedBy).ToHashSet();
            Assert.DoesNotContain(await db.RatingReviews.Select(r => r.ReviewerId).ToListAsync(Ct), authors.Contains);
            Assert.NotNull(await db.ReadinessChecklists.FirstOrDefaultAsync(r => r.InterventionId == items["hack-right"].Id, Ct));
        });
    }

    private Task SeedAsync<T>() where T : IDemoSeeder =>
        app.WithScopeAsync(sp => sp.GetServices<IDemoSeeder>().OfType<T>().Single().SeedAsync(sp, Ct));
}
