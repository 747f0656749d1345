using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Auth;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Audit;

/// <summary>A country admin reviews the audit trail, exports it with a reason, and finds the export recorded.</summary>
public sealed class AuditBrowserTests(BrowserServer server) : BrowserTest(server)
{
    private const string CsvHeader =
        "sequence,id,occurred_at_utc,actor_member_id,actor_name,actor_agency,agency,action,record_type,record_id,reason,details,client_address,user_agent,previous_hash,hash";

    [Fact]
    public async Task Export_FilteredWithReason_DownloadsOwnAgencyCsvAndIsAudited()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var otherAgencyMarker = await RecordOtherAgencyEntryAsync();
        await Page.SignInAsync(admin);

        // Filter: the admin's own account entries.
        await Page.GotoAsync(AuditPages.Path);
        await Page.FilterAuditAsync(actor: admin.DisplayName, action: "account.");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]action=account\."));
        await Expect(Page.AuditRows().First).ToContainTextAsync("account.signed-in");
        foreach (var row in await Page.AuditRows().AllAsync())
        {
            await Expect(row).ToContainTextAsync(admin.DisplayName);
        }

        // "Other" needs an explanation: the server says so, next to the field, and nothing is exported.
        await Page.FillExportReasonAsync("Other (explain below)", "short");
        await Page.ExportButton().ClickAsync();
        await Expect(Page.ExportSection().GetByRole(AriaRole.Alert)).ToContainTextAsync("Explain the reason in at least 10 characters.");
        await Expect(Page.ExportSection().GetByLabel("Explanation", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Page.AssertNoAxeViolationsAsync();

        // With a reason, the CSV downloads: the filtered entries of the admin's own agency only.
        await Page.FillExportReasonAsync("Audit or security investigation", "Quarterly review of sign-ins");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ExportButton().ClickAsync());
        Assert.Matches(@"^audit-\d{8}-\d{6}\.csv$", download.SuggestedFilename);
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken))
            .Where(l => l.Length > 0).ToList();
        Assert.Equal(CsvHeader, lines[0].TrimStart('\uFEFF'));
        Assert.NotEmpty(lines.Skip(1));
        Assert.All(lines.Skip(1), line => Assert.Contains($",{admin.Id},{admin.DisplayName},NL,NL,account.", line, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(otherAgencyMarker, StringComparison.Ordinal));

        // The export itself is in the trail, with the reason and the filter used.
        await Page.GotoAsync(AuditPages.Path);
        await Page.FilterAuditAsync(actor: admin.DisplayName, action: ExportAuditEntries.Action);
        var entry = Page.AuditRows();
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("audit-investigation: Quarterly review of sign-ins");
        await Expect(entry).ToContainTextAsync("action=account.");
    }

    [Fact]
    public async Task Export_FilteredOnOtherAgencysText_ContainsOnlyOwnExportEntry()
    {
        var admin = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var otherAgencyMarker = await RecordOtherAgencyEntryAsync();
        await Page.SignInAsync(admin);
        await Page.GotoAsync($"{AuditPages.Path}?text={Uri.EscapeDataString(otherAgencyMarker)}");
        await Expect(Page.MainContent()).ToContainTextAsync("No entries match these filters.");

        await Page.FillExportReasonAsync("Supervision or quality review", null);
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ExportButton().ClickAsync());

        // Only the export's own entry matches (it records the filter before the rows are written).
        var lines = (await File.ReadAllLinesAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList();
        Assert.Equal(CsvHeader, lines[0].TrimStart('\uFEFF'));
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains($",{admin.Id},{admin.DisplayName},NL,NL,{ExportAuditEntries.Action},", row, StringComparison.Ordinal);
        Assert.DoesNotContain("account.e2e-marker", row, StringComparison.Ordinal);
    }

    // An entry of another agency that an NL filter on its text would find, if isolation failed.
    private async Task<string> RecordOtherAgencyEntryAsync()
    {
        var marker = $"be-only-{Guid.NewGuid():N}";
        await Server.EnsureAgencyAsync("BE");
        await Server.WithScopeAsync(sp => sp.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditEvent("account.e2e-marker", "Member", marker, "BE", Details: marker, Actor: AuditActor.System),
            TestContext.Current.CancellationToken));
        return marker;
    }
}
