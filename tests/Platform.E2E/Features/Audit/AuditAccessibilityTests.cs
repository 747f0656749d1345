using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Audit;

/// <summary>WCAG 2.2 AA (axe) and keyboard use of the audit pages.</summary>
public sealed class AuditAccessibilityTests(BrowserServer server) : BrowserTest(server)
{
    [Fact]
    public async Task AuditListAndEntryPages_AsCountryAdmin_AreAccessible()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        await Page.SignInAsync(admin);

        await Page.GotoAsync(AuditPages.Path);
        await Expect(Page.AuditRows().First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();

        long sequence = 0;
        await Server.WithSystemDbAsync(async db => sequence = await db.AuditEntries
            .Where(e => e.ActorMemberId == admin.Id).MaxAsync(e => e.Sequence, TestContext.Current.CancellationToken));
        await Page.GotoAsync($"/Audit/Entry/{sequence}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = $"Audit entry {sequence}", Level = 1 })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AuditListPage_WithInvalidFilter_IsAccessible()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        await Page.SignInAsync(admin);

        await Page.GotoAsync($"{AuditPages.Path}?recordType={new string('x', 101)}");

        await Expect(Page.ErrorSummary()).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync();
    }
}
