using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Features.Knowledge.Evidence;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Readiness;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>A Finnish officer looks at a Dutch intervention's evidence, registers a pilot and finds it in the network view.</summary>
public sealed class EvidenceBrowserTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task FinnishOfficer_RegistersPilot_AfterSeeingEvidenceAndReadiness_NetworkViewListsIt()
    {
        var author = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        await Server.EnsureAgencyAsync("FI", "Finland");
        var officer = await Server.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var item = await Server.CreateInterventionAsync("NL", author);
        var owner = author.Actor(Roles.PreventionOfficer);
        await Server.RunAsync<AddEvaluationHandler, Outcome<EvaluationView>>(h => h.HandleAsync(owner, item.Id,
            EvidenceWorld.Evaluation(EvaluationDesign.ProcessOnly, (EvidenceOutcome.Reach, FindingResult.Positive))));
        await Server.RunAsync<SaveAdoptionHandler, Outcome<AdoptionView>>(h => h.HandleAsync(owner, item.Id,
            new AdoptionInput { Status = AdoptionStatus.Running, StartedOn = new DateOnly(2021, 1, 1), Language = "nl" }));
        await Server.RunAsync<SaveReadinessHandler, Outcome<ReadinessView>>(h => h.HandleAsync(owner, item.Id, new ReadinessInput
        {
            Items = [new ReadinessItemInput { Element = ReadinessElement.Manual, Level = ReadinessLevel.Available, Note = "Manual in English" }],
            MaterialLanguages = ["en", "nl"],
        }));
        await Page.SignInAsync(officer);

        await Page.GotoAsync($"/Knowledge/Interventions/{item.Slug}/Evidence");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(item.Name);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "ProcessOnly study" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = $"Countries interested in, piloting, running or having stopped {item.Name}" }))
            .ToContainTextAsync("Running");
        await Page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Register interest or a pilot for my country" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dissemination readiness", Level = 2 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Readiness checklist" })).ToContainTextAsync("Manual in English");
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Piloting", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Started on", new() { Exact = true }).FillAsync("2026-09-01");
        await Page.GetByLabel("Language of delivery (optional)", new() { Exact = true }).FillAsync("fi");
        await Page.GetByLabel("What you adapted (optional)", new() { Exact = true }).FillAsync("Coaching by the youth services");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Save my country's adoption" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Piloting");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = $"Countries interested in, piloting, running or having stopped {item.Name}" }))
            .ToContainTextAsync("Coaching by the youth services");

        await Page.GotoAsync("/Knowledge/Adoptions");
        var matrix = Page.GetByRole(AriaRole.Table, new() { Name = "Adoption status per intervention and country" });
        var row = matrix.GetByRole(AriaRole.Row).Filter(new() { HasText = item.Name });
        await Expect(row).ToContainTextAsync("Piloting");
        await Expect(row).ToContainTextAsync("Running");
        await Expect(Page.Locator("ul.pilots")).ToContainTextAsync("(FI), since 2026-09-01"); // FI's name depends on which test created it first
        await Page.AssertAccessibleAsync();
    }
}
