using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Demo;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Catalogue.CatalogueTestKit;

namespace Platform.Tests.Features.Knowledge.Catalogue;

public sealed class CatalogueDemoSeederTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Seed_AfterNetwork_CreatesSourcedProfilesWithSharingExamples_AndRunsOnce()
    {
        await SeedAllAsync();
        await SeedAllAsync();

        await app.WithSystemDbAsync(async db =>
        {
            var items = await db.Interventions.AsNoTracking().ToListAsync(Ct);
            Assert.Equal(8, items.Count);
            Assert.All(items, i => Assert.NotEmpty(i.Sources));
            Assert.All(items.Where(i => i.ReleaseState == ReleaseState.Released), i => Assert.NotEqual(i.LastEditedBy, i.ReleasedBy));
            var hackRight = items.Single(i => i.Slug == "hack-right");
            Assert.Equal(("NL", 12, 23, 4), (hackRight.OwnerAgencyCode, hackRight.MinAge, hackRight.MaxAge, hackRight.Components.Count));
            Assert.Equal(["nl", "pt"], await db.InterventionTexts.Where(t => t.InterventionId == hackRight.Id).Select(t => t.Language).OrderBy(l => l).ToListAsync(Ct));
            var amber = Assert.Single(items, i => i.Tlp == TlpMarking.Amber);
            Assert.Equal(["FI", "GB"], amber.AmberAgencyCodes.Order().ToList());
            Assert.Equal("gamechangers", Assert.Single(items, i => i.ReleaseState == ReleaseState.NationalDraft).Slug);
            Assert.Equal(Web.Features.Knowledge.Catalogue.InterventionFocus.VictimSafety, items.Single(i => i.OwnerAgencyCode == "US").Focus);
        });
    }

    private Task SeedAllAsync() => app.WithScopeAsync(async sp =>
    {
        foreach (var seeder in sp.GetServices<IDemoSeeder>().OrderBy(s => s.Order).Where(s => s.Order <= 20))
        {
            await seeder.SeedAsync(sp, Ct);
        }
    });
}
