using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Features.Knowledge.Evidence;
using Platform.Tests.Features.Knowledge.Search;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>
/// The "done when": a prevention officer finds an intervention for first offenders of DDoS attacks aged
/// 14–18 with at least promising evidence by facets and text, opens it, sees where it runs and how it was
/// evaluated, and registers a pilot for their country.
/// </summary>
public sealed class FindAndPilotBrowserTests(BrowserServer server) : BrowserTest(server)
{
    // The browser server is shared by all browser tests: a made-up word keeps this test's catalogue apart.
    private readonly string _word = "zq" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)]);

    [Fact]
    public async Task FinnishOfficer_FindsDdosInterventionWithPromisingEvidence_SeesEvaluationAndCountries_RegistersPilot()
    {
        await Server.EnsureAgencyAsync("FI");
        var author = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var nlAdmin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var firstReviewer = await Server.CreateMemberAsync("GB", Roles.PreventionOfficer);
        var secondReviewer = await Server.CreateMemberAsync("PT", Roles.CountryAdmin);
        var officer = await Server.CreateMemberAsync("FI", Roles.PreventionOfficer);

        var match = SearchTestData.Intervention("NL", $"Booter diversion {_word}", $"Diversion for first offenders of DDoS attacks, {_word}.",
            PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire]);
        var emergingOnly = SearchTestData.Intervention("NL", $"Booter lessons {_word}", $"Lessons for first offenders of DDoS attacks, {_word}.",
            PreventionStage.Tertiary, 14, 18, [OffenceType.DdosForHire], EvidenceTier.Emerging);
        var tooOld = SearchTestData.Intervention("NL", $"Booter coaching {_word}", $"Coaching for first offenders of DDoS attacks, {_word}.",
            PreventionStage.Tertiary, 20, 30, [OffenceType.DdosForHire], EvidenceTier.Effective);
        match.CreatedBy = match.LastEditedBy = author.Id;
        await Server.WithSystemDbAsync(async db =>
        {
            db.Interventions.AddRange(match, emergingOnly, tooOld);
            await db.SaveChangesAsync();
        });

        // The evidence comes about as in real life: an evaluation with a comparison group, two reviewers who agree.
        var owner = nlAdmin.Actor(Roles.CountryAdmin);
        await Server.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(owner, match.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.QuasiExperimental, (EvidenceOutcome.Reoffending, FindingResult.Positive))));
        var rating = (await Server.RunAsync<OpenRatingHandler, Outcome<Guid>>(h => h.HandleAsync(owner, match.Id,
            new OpenRatingInput { Outcome = EvidenceOutcome.Reoffending, FirstReviewerId = firstReviewer.Id, SecondReviewerId = secondReviewer.Id }))).Value;
        foreach (var reviewer in new[] { firstReviewer.Actor(Roles.PreventionOfficer), secondReviewer.Actor(Roles.CountryAdmin) })
        {
            await Server.RunAsync<SubmitReviewHandler, Outcome<RatingState>>(h => h.HandleAsync(reviewer, rating,
                new ReviewInput { Tier = EvidenceTier.Promising, Rationale = "One quasi-experiment with a comparison group shows less re-offending." }));
        }

        await Server.RunAsync<SaveAdoptionHandler, Outcome<AdoptionView>>(h => h.HandleAsync(owner, match.Id,
            new AdoptionInput { Status = AdoptionStatus.Running, StartedOn = new DateOnly(2024, 3, 1), Language = "nl" }));

        await Page.SignInAsync(officer);
        await Page.GotoAsync("/Knowledge");
        await Page.GetByLabel("Search words").FillAsync($"first offenders {_word}");
        await Page.GetByLabel("DDoS (booters, stressers)").CheckAsync();
        await Page.GetByLabel("From age").FillAsync("14");
        await Page.GetByLabel("To age").FillAsync("18");
        await Page.GetByLabel("Evidence").SelectOptionAsync("Promising");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        var results = Page.Locator(".search-results");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "result" })).ToHaveTextAsync("1 result");
        await results.GetByRole(AriaRole.Link, new() { Name = match.Name }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(match.Name);
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Evidence rating per outcome" })).ToContainTextAsync("Promising");
        var adoptions = Page.GetByRole(AriaRole.Table, new() { Name = $"Countries interested in, piloting, running or having stopped {match.Name}" });
        await Expect(adoptions).ToContainTextAsync("Running");
        await Page.GotoAsync($"/Knowledge/Interventions/{match.Slug}/Evidence");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "QuasiExperimental study" })).ToBeVisibleAsync();

        await Page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Register interest or a pilot for my country" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dissemination readiness", Level = 2 })).ToBeVisibleAsync();
        await Page.GetByLabel("Piloting", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Started on", new() { Exact = true }).FillAsync("2026-12-01");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Save my country's adoption" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Piloting");
        await Page.GotoAsync($"/Knowledge/Interventions/{match.Slug}");
        var row = Page.GetByRole(AriaRole.Table, new() { Name = $"Countries interested in, piloting, running or having stopped {match.Name}" })
            .GetByRole(AriaRole.Row).Filter(new() { HasText = "(FI)" });
        await Expect(row).ToContainTextAsync("Piloting");
    }
}
