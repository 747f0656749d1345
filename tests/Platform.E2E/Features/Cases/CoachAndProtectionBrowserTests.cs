using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Cases;

/// <summary>The coach's assignment view, the reveal-with-a-reason flow and the protection pages, in a real browser.</summary>
public sealed class CoachAndProtectionBrowserTests(BrowserServer server) : BrowserTest(server)
{
    private static int _next = 5000;

    [Fact]
    public async Task Coach_RecordsSessionOfOwnAssignment_PagesAccessible()
    {
        var partnerId = Guid.NewGuid();
        await Server.EnsureAgencyAsync("NL");
        await Server.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(new PartnerOrganisation { Id = partnerId, Name = $"Host {partnerId:N}", Kind = PartnerKind.Company, AgencyCode = "NL" });
            await db.SaveChangesAsync();
        });
        var worker = await Server.CreateMemberAsync("NL", Roles.CaseWorker);
        var coach = await Server.CreateMemberAsync(null, Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partnerId);
        var (caseNumber, _) = await ArrangeCaseAsync(worker.Id, coach.Id, "Browser Coached Person");

        await Page.SignInAsync(coach);
        await Page.GotoAsync("/Coach");
        await Page.AssertAccessibleAsync();
        await Page.MainContent().GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Assignment {caseNumber}", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Attended", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Minutes", new() { Exact = true }).FillAsync("75");
        await Page.GetByLabel("Goal agreed", new() { Exact = true }).CheckAsync();
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record session" }).ClickAsync();

        await Expect(Page.GetByText("The session is recorded.")).ToBeVisibleAsync();
        await Expect(Page.MainContent().GetByRole(AriaRole.Cell, new() { Name = "75", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.MainContent()).Not.ToContainTextAsync("Browser Coached Person");
    }

    [Fact]
    public async Task CaseWorker_RevealsIdentityWithReason_PageAccessible()
    {
        var worker = await Server.CreateMemberAsync("NL", Roles.CaseWorker);
        var (caseNumber, caseId) = await ArrangeCaseAsync(worker.Id, null, "Browser Revealed Person");

        await Page.SignInAsync(worker);
        await Page.GotoAsync($"/Cases/{caseId}/Sensitive");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Identity of case {caseNumber}", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.MainContent()).Not.ToContainTextAsync("Browser Revealed Person");
        await Page.AssertAccessibleAsync();
        await Page.GetByLabel("Reason", new() { Exact = true }).SelectOptionAsync("case-work");
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Reveal" }).ClickAsync();

        await Expect(Page.MainContent()).ToContainTextAsync("Browser Revealed Person");
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task CountryAdmin_RetentionJobsAndExportPages_Accessible()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        await Page.SignInAsync(admin);

        foreach (var (path, heading) in new[]
                 {
                     ("/Cases/Retention", "Retention and erasure"), ("/Cases/Retention/Schedule/ProgrammeEnded", "Change a retention schedule"),
                     ("/Admin/Jobs", "Background jobs"), ("/Cases/Export", "Cohort export for evaluation"),
                 })
        {
            await Page.GotoAsync(path);
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
            await Page.AssertAccessibleAsync();
        }
    }

    private async Task<(string CaseNumber, Guid CaseId)> ArrangeCaseAsync(string workerId, string? coachId, string name)
    {
        var now = Server.Clock.GetUtcNow();
        var c = new Case
        {
            AgencyCode = "NL", CaseNumber = $"NL-{now.Year}-T{Interlocked.Increment(ref _next)}", Stage = CaseStage.Enrolled, ProgrammeKey = "hack-right",
            ProgrammeVersion = 1, AgeAtReferral = 16, NameProtected = name, DateOfBirthProtected = "2010-05-06", AssignedMemberId = workerId,
            ReferredAt = now.AddMonths(-2), ReferredById = workerId, EnrolledAt = now.AddMonths(-1), UpdatedAt = now,
        };
        await Server.WithSystemDbAsync(async db =>
        {
            db.Cases.Add(c);
            db.PlannedModules.Add(new PlannedModule
            {
                AgencyCode = "NL", CaseId = c.Id, ModuleKey = "assignment", ModuleName = "Assignment at a partner company", IsAssignment = true,
                PlannedSessions = 4, PlannedMinutes = 480, Reason = "Lawful use of skills", PartnerCoachMemberId = coachId,
                AssignmentBrief = "Help the security team with a test lab", PlannedById = workerId, PlannedAt = now, FidelityItems = ["Goal agreed"],
            });
            await db.SaveChangesAsync();
        });
        return (c.CaseNumber, c.Id);
    }
}
