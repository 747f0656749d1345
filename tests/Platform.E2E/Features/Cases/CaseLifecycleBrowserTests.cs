using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Cases;

/// <summary>
/// Its own server: the test moves the server clock a year ahead, and a fake clock never goes back, so the shared
/// server of the other browser tests must not see it.
/// </summary>
public sealed class CaseClockServer : IAsyncLifetime
{
    public BrowserServer Server { get; } = new();

    public ValueTask InitializeAsync() => Server.InitializeAsync();

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>
/// A Dutch case worker walks the lifecycle in the browser: anonymous enquiry, referral, a rejected eligibility with
/// its reason; and a second referral through eligibility, consents (minor: young person and guardian), enrolment,
/// plan, session and completion to the 12-month follow-up a year later.
/// </summary>
public sealed class CaseLifecycleBrowserTests(CaseClockServer fixture) : BrowserTest(fixture.Server), IClassFixture<CaseClockServer>
{
    [Fact]
    public async Task Lifecycle_EnquiryToTwelveMonthFollowUp_WithRejectedEligibilityReasonShown()
    {
        var worker = await Server.CreateMemberAsync("NL", Roles.CaseWorker);
        await Page.SignInAsync(worker);
        await Page.AdoptProgrammeAsync("hack-right", 1);
        var today = DateOnly.FromDateTime(Server.Clock.GetUtcNow().UtcDateTime);

        // The dashboard and the anonymous enquiry form.
        await Page.GotoAsync(CasePages.DashboardPath);
        await Page.AssertAccessibleAsync();
        await Page.OpenEnquiryFormAsync();
        await Expect(Page.MainContent()).ToContainTextAsync("Do not enter the young person's name");
        await Page.AssertAccessibleAsync();

        // First referral: not eligible, with the reason on the case page afterwards.
        const string firstConcern = "Teacher reports a pupil selling stolen game accounts.";
        await Page.RecordEnquiryAsync("18 to 23", firstConcern);
        var rejected = await Page.ConvertToReferralAsync(firstConcern, "Sem de Vries", today.AddYears(-19));
        await Page.StartStepAsync("Record eligibility");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "First cyber offence" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        const string rejectionReason = "Earlier hacking conviction in 2024: not a first offence.";
        await Page.DecideEligibilityAsync("Not eligible", rejectionReason, "Referred to the municipal youth team.",
            ("First cyber offence", "Not met", "Police register checked"));
        var decision = Page.GetByRole(AriaRole.Region, new() { Name = "Eligibility" });
        await Expect(decision).ToContainTextAsync("Decision: Not eligible");
        await Expect(decision).ToContainTextAsync($"Reason: {rejectionReason}");
        await Expect(Page.TableRows("Eligibility checklist").Filter(new() { HasText = "First cyber offence" })).ToContainTextAsync("Not met");
        await Expect(Page.MainContent()).ToContainTextAsync("Closed on");
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Next steps" })).ToHaveCountAsync(0);

        // Second referral: a 15-year-old, so the guardian consents too.
        const string secondConcern = "Parent worried about DDoS tools on a son's laptop.";
        await Page.OpenEnquiryFormAsync();
        await Page.RecordEnquiryAsync("12 to 15", secondConcern);
        var caseNumber = await Page.ConvertToReferralAsync(secondConcern, "Daan Jansen", today.AddYears(-15).AddDays(-30), guardian: "Eva Jansen");
        Assert.NotEqual(rejected, caseNumber);
        var casePath = new Uri(Page.Url).AbsolutePath;
        await Page.AssertAccessibleAsync();
        await Page.StartStepAsync("Record eligibility");
        await Page.DecideEligibilityAsync("Eligible", "First offence, confessed to the police, willing to take part.");
        await Page.RecordConsentAsync("Young person", today);
        await Page.RecordConsentAsync("Guardian", today);
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Consent" })).ToContainTextAsync("Guardian: Given");

        await Page.StartStepAsync("Enrol");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Enrol" }).ClickAsync();
        await Page.ExpectSavedAsync("Enrolled in the programme.");

        // First contact was made: the task is marked done on the task list.
        await Page.GotoAsync("/Cases/Tasks");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Mark First contact of case {caseNumber} done" }).ClickAsync();
        await Page.ExpectSavedAsync("Task marked done.");
        await Expect(Page.MainContent()).Not.ToContainTextAsync(caseNumber);
        await Page.GotoAsync(casePath);

        await Page.StartStepAsync("Plan a module");
        await Page.GetByLabel("Module", new() { Exact = true }).SelectOptionAsync("training");
        await Page.GetByLabel("Why this module for this young person", new() { Exact = true }).FillAsync("Needs to learn the legal limits.");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Add to the plan" }).ClickAsync();
        await Page.ExpectSavedAsync("Module added to the plan.");

        await Page.StartStepAsync("Record a session");
        await Page.GetByLabel("Date", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd"));
        await Page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Delivered" });
        await Page.GetByLabel("Minutes delivered", new() { Exact = true }).FillAsync("120");
        await Page.GetByLabel("Legal limits covered", new() { Exact = true }).CheckAsync();
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Save the session" }).ClickAsync();
        await Page.ExpectSavedAsync("Session recorded.");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Plan and sessions" }))
            .ToContainTextAsync("Planned: 4 sessions, 480 minutes. Delivered: 1 sessions, 120 minutes.");

        await Page.StartStepAsync("Record completion");
        await Page.GetByLabel("Date", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd"));
        await Page.GetByLabel("Reason or note", new() { Exact = true }).FillAsync("All agreed modules done.");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record the end" }).ClickAsync();
        await Page.ExpectSavedAsync("The end of the programme is recorded; the follow-ups are scheduled.");
        await Expect(Page.TableRows("Follow-ups")).ToHaveCountAsync(3);

        // A year and a week later (the session has expired meanwhile): the 6- and 12-month checks are due.
        Server.Clock.SetUtcNow(Server.Clock.GetUtcNow().AddMonths(12).AddDays(7));
        await Page.SignInAsync(worker);
        await Page.GotoAsync(CasePages.DashboardPath);
        var due = Page.TableRows("My tasks due soon").Filter(new() { HasText = caseNumber });
        await Expect(due).ToHaveCountAsync(2);
        await Expect(due.Filter(new() { HasText = "Follow-up check" })).ToHaveCountAsync(2);
        await Expect(due.Filter(new() { HasText = today.AddMonths(6).ToString("yyyy-MM-dd") })).ToContainTextAsync("Overdue");
        await Expect(due.Filter(new() { HasText = today.AddMonths(12).ToString("yyyy-MM-dd") })).ToContainTextAsync("Overdue");

        await Page.GotoAsync(casePath);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Record the 12-month follow-up" }).ClickAsync();
        await Page.GetByLabel("No new offence known", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Source", new() { Exact = true }).FillAsync("Prosecution register");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record the follow-up" }).ClickAsync();
        await Page.ExpectSavedAsync("Follow-up recorded.");
        var twelve = Page.TableRows("Follow-ups").Filter(new() { HasText = "12 months" });
        await Expect(twelve).ToContainTextAsync("No new offence known · Prosecution register");
        await Expect(Page.TableRows("Follow-ups").Filter(new() { HasText = "6 months" })).ToContainTextAsync("Not recorded yet");

        await Page.GotoAsync(CasePages.DashboardPath);
        await Expect(Page.TableRows("My tasks due soon").Filter(new() { HasText = caseNumber })).ToHaveCountAsync(1);
    }
}
