using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Events;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Knowledge;

/// <summary>A member registers for an event, takes it into their calendar, and asks a team about its intervention.</summary>
public sealed class EventsAndQuestionsBrowserTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Member_RegistersDownloadsIcsAndAsks_OwnerAnswers()
    {
        var member = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var owner = await Server.CreateMemberAsync("PT", Roles.PreventionOfficer);
        var (eventId, interventionId) = await SeedAsync();

        await Page.SignInAsync(member);
        await Page.GotoAsync("/Knowledge/Events");
        await Page.AssertAccessibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Browser test webinar" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Browser test webinar");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are registered.");
        await Expect(Page.GetByText("1 of 5 seats taken")).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Add to calendar (.ics)" }).ClickAsync());
        var ics = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.Contains("METHOD:PUBLISH", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{EventCalendar.Uid(eventId)}", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Lisbon:", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Browser test webinar", ics, StringComparison.Ordinal);

        await Page.GotoAsync($"/Knowledge/Questions/Ask/{interventionId}");
        await Page.GetByLabel("Your question").FillAsync("Which age group did the pilot reach?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your question was sent");
        var questionUrl = Page.Url;

        var ownerPage = await NewPageAsync();
        await ownerPage.SignInAsync(owner);
        await ownerPage.GotoAsync("/Knowledge/Questions");
        await Expect(ownerPage.GetByText("Which age group did the pilot reach?")).ToBeVisibleAsync();
        await ownerPage.AssertAccessibleAsync();
        await ownerPage.GotoAsync(questionUrl);
        await ownerPage.GetByLabel("Your answer").FillAsync("Pupils aged 12 to 15 in three schools.");
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Expect(ownerPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Your answer is saved");

        await Page.ReloadAsync();
        await Expect(Page.Locator(".answer-text")).ToHaveTextAsync("Pupils aged 12 to 15 in three schools.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark as resolved" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("marked resolved");
    }

    private async Task<(Guid EventId, Guid InterventionId)> SeedAsync()
    {
        await Server.EnsureAgencyAsync("PT");
        var now = Server.Clock.GetUtcNow();
        var item = new KnowledgeEvent
        {
            Kind = EventKind.Webinar,
            Title = "Browser test webinar",
            Description = "A webinar for the browser test.",
            OrganiserAgencyCode = "PT",
            TimeZone = "Europe/Lisbon",
            StartsAt = now.AddDays(20),
            EndsAt = now.AddDays(20).AddHours(1),
            OnlineUrl = "https://meet.example.org/browser",
            Capacity = 5,
            CreatedBy = "test",
            CreatedAt = now,
            UpdatedAt = now,
        };
        var intervention = new Intervention
        {
            Slug = $"browser-{Guid.NewGuid():N}",
            Name = "Browser test intervention",
            OwnerAgencyCode = "PT",
            Summary = "Released GREEN for the browser test.",
            Tlp = TlpMarking.Green,
            ReleaseState = ReleaseState.Released,
            CreatedBy = "test",
            LastEditedBy = "test",
            CreatedAt = now,
            UpdatedAt = now,
        };
        await Server.WithSystemDbAsync(async db =>
        {
            db.KnowledgeEvents.Add(item);
            db.Interventions.Add(intervention);
            await db.SaveChangesAsync();
        });
        return (item.Id, intervention.Id);
    }
}
