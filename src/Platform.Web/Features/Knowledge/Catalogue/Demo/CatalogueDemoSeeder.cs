using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Demo;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Demo;

/// <summary>
/// Seeds the intervention catalogue after the network: released GREEN profiles, one AMBER profile (NL with GB and FI)
/// and one national draft, so the demo shows the sharing rules. Does nothing once any profile exists.
/// </summary>
internal sealed class CatalogueDemoSeeder(ILogger<CatalogueDemoSeeder> logger) : IDemoSeeder
{
    public static readonly DemoIntervention[] All =
    [
        DemoCatalogueNl.HackRight, DemoCatalogueNl.ReBootCamp, DemoCatalogueNl.HackShield, DemoCatalogueNl.PowerOff, DemoCatalogueNl.Gamechangers,
        DemoCatalogueAbroad.CyberChoices, DemoCatalogueAbroad.SearchAds, DemoCatalogueAbroad.BeInternetAwesome,
    ];

    public int Order => 20;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        using var system = db.Scope.BeginSystemWork();
        if (await db.Interventions.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Catalogue demo data skipped: the database already has interventions");
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var seeded = 0;
        foreach (var demo in All)
        {
            // The first member of the agency writes, the second releases: the four-eyes rule holds in demo data too.
            var members = await db.Users.AsNoTracking().Where(m => m.AgencyCode == demo.Owner && m.DeactivatedAt == null)
                .OrderBy(m => m.Email!.StartsWith("officer.") ? 0 : m.Email!.StartsWith("countryadmin.") ? 1 : 2).ThenBy(m => m.DisplayName)
                .Select(m => m.Id).Take(2).ToListAsync(cancellationToken);
            if (members.Count == 0)
            {
                continue;
            }

            var errors = InterventionRules.Check(demo.Input, DateOnly.FromDateTime(now.UtcDateTime));
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo intervention {demo.Input.Name} is invalid: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            }

            var item = new Intervention
            {
                Slug = Slugs.From(demo.Input.Name),
                Name = demo.Input.Name,
                Summary = demo.Input.Summary,
                OwnerAgencyCode = demo.Owner,
                CreatedBy = members[0],
                LastEditedBy = members[0],
                CreatedAt = now,
                UpdatedAt = now,
            };
            InterventionMapping.Apply(demo.Input, item);
            ItemSharing.ApplyMarking(item, new ShareInput { Tlp = demo.Tlp, AmberAgencyCodes = [.. demo.AmberAgencies ?? []] });
            if (demo.Released && members.Count > 1)
            {
                item.ReleaseState = ReleaseState.Released;
                item.ReleasedBy = members[1];
                item.ReleasedAt = now;
            }

            db.Interventions.Add(item);
            foreach (var text in demo.Translations ?? [])
            {
                db.InterventionTexts.Add(new InterventionText { InterventionId = item.Id, Language = text.Language, Name = text.Name, Summary = text.Summary, Description = text.Description });
            }

            seeded++;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Catalogue demo data seeded: {Count} intervention profiles", seeded);
    }
}
