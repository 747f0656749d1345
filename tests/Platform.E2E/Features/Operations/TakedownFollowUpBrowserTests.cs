using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.E2E.Features.Accounts;
using Platform.E2E.Infrastructure;
using Platform.Tests.Features.Cases.Work;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Jobs;
using static Microsoft.Playwright.Assertions;

namespace Platform.E2E.Features.Operations;

/// <summary>
/// The "done when": a coordinator opens an operation and imports seized account data; a Dutch officer sees
/// only the Dutch persons, sends warning emails (received by the local SMTP server), records a visit and refers one
/// person into Cases. The background job runner is off in tests, so the test runs due jobs itself while it works, as
/// the server's runner would.
/// </summary>
public sealed class TakedownFollowUpBrowserTests(BrowserServer server) : BrowserTest(server)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(30);

    // The browser server is shared by all browser tests: unique names keep this test's operation and persons apart.
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task CoordinatorImports_DutchOfficerSeesOnlyDutchPersons_WarnsVisitsAndRefers()
    {
        Server.Mail.SkipIfUnavailable();
        await Server.EnsureAgencyAsync("FI");
        await Server.AdoptAsync("NL"); // adopting again replaces an earlier adoption
        var coordinator = await Server.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await Server.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var code = $"OP-{_tag}".ToUpperInvariant();
        var dutch = new[] { $"nl_a_{_tag}", $"nl_b_{_tag}", $"nl_c_{_tag}" };
        var finnish = new[] { $"fi_a_{_tag}", $"fi_b_{_tag}" };
        await using var jobs = JobLoop.Start(Server);

        // The coordinator opens the operation and uploads the seized accounts.
        await Page.SignInAsync(coordinator);
        await Page.GotoAsync("/Operations");
        await Page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Open an operation" }).ClickAsync();
        await Page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Booter takedown {_tag}");
        await Page.GetByLabel("Seized service").FillAsync($"booter-{_tag}.example");
        await Page.GetByLabel("Legal basis for processing and sharing").FillAsync("Seizure order of the investigating judge; sharing under the JIT agreement.");
        await Page.GetByLabel("Takedown date").FillAsync("2026-06-15");
        await Page.GetByLabel("(FI)").CheckAsync();
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Open operation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(code);
        var operationUrl = Page.Url;

        await Page.GetByLabel("Kind of data").SelectOptionAsync("Accounts");
        await Page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "accounts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(AccountsCsv(dutch, finnish)),
        });
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Page.MainContent().GetByRole(AriaRole.Button, new() { Name = "Confirm mapping and import" }).ClickAsync();
        var imports = Page.GetByRole(AriaRole.Table, new() { Name = "Imports" });
        await Expect(imports.Locator("[data-field=status]")).ToHaveTextAsync("Succeeded", new() { Timeout = 60_000 });
        await Expect(imports.Locator("[data-field=imported]")).ToHaveTextAsync("6");
        await Expect(imports.Locator("[data-field=quarantined]")).ToHaveTextAsync("1");
        await WaitForPersonsAsync(code, dutch.Length + finnish.Length);
        await Page.ReloadAsync();
        var perCountry = Page.GetByRole(AriaRole.Table, new() { Name = "Persons per country" });
        await Expect(perCountry.GetByRole(AriaRole.Row).Filter(new() { HasText = "NL" })).ToContainTextAsync("3");
        await Expect(perCountry.GetByRole(AriaRole.Row).Filter(new() { HasText = "FI" })).ToContainTextAsync("2");
        await Page.AssertAccessibleAsync();

        // The Dutch officer's work package holds the three Dutch persons and nobody else.
        var nl = await NewPageAsync();
        await nl.SignInAsync(officer);
        await nl.GotoAsync("/Operations");
        await nl.MainContent().GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await nl.MainContent().GetByRole(AriaRole.Link, new() { Name = "Work package of my country" }).ClickAsync();
        await Expect(nl.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 persons match.");
        var persons = nl.GetByRole(AriaRole.Table).Filter(new() { HasText = "Username" });
        foreach (var name in dutch)
        {
            await Expect(persons).ToContainTextAsync(name);
        }

        foreach (var name in finnish)
        {
            await Expect(nl.MainContent()).Not.ToContainTextAsync(name);
        }

        await nl.AssertAccessibleAsync();
        foreach (var finnishPerson in await PersonIdsAsync(code, "FI"))
        {
            var response = await nl.Context.APIRequest.GetAsync($"{operationUrl}/Persons/{finnishPerson}");
            Assert.Equal(404, response.Status);
        }

        // Warning emails to everyone with an email address, in Dutch.
        await nl.GetByLabel("Has email").SelectOptionAsync("true");
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await nl.GetByLabel("Decide for everyone who matches").SelectOptionAsync(nameof(ContactActionKind.WarningEmail));
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await nl.MainContent().GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("nl");
        await nl.GetByLabel("Reason and notes").FillAsync("Paying customers of the booter: first warning after the takedown.");
        await nl.AssertAccessibleAsync();
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Confirm for 2 persons" }).ClickAsync();
        foreach (var name in dutch[..2])
        {
            var mail = await Server.Mail.WaitForMessageToAsync($"{name}@example.nl", MailWait);
            Assert.Equal($"Over je account op booter-{_tag}.example", mail.Subject);
            Assert.Contains("138b", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Hack_Right", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(name, mail.TextBody, StringComparison.Ordinal);
        }

        // A visit to the person without an email address, and its outcome.
        await OpenPersonAsync(nl, operationUrl, dutch[2]);
        await nl.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync(nameof(ContactActionKind.Visit));
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        await nl.GetByLabel("Planned date").FillAsync("2026-12-01");
        await nl.GetByLabel("Reason and notes").FillAsync("No email address: knock and talk with a parent present.");
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Record: Visit (knock and talk)" }).ClickAsync();
        var visit = nl.GetByRole(AriaRole.Region, new() { Name = "Visit (knock and talk): Planned" });
        await visit.GetByLabel("Outcome").SelectOptionAsync(nameof(ContactOutcomeKind.VisitDone));
        await visit.GetByLabel("Notes").FillAsync("Talked with him and his mother; interested in ethical hacking.");
        await visit.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Expect(nl.MainContent()).ToContainTextAsync("Visit done – Talked with him and his mother");
        await nl.AssertAccessibleAsync();

        // One of the warned persons is referred into the Hack_Right programme: a case opens.
        await OpenPersonAsync(nl, operationUrl, dutch[0]);
        await nl.MainContent().GetByRole(AriaRole.Link, new() { Name = "Refer into Cases" }).ClickAsync();
        await nl.GetByLabel("Programme").SelectOptionAsync("hack-right");
        await nl.GetByLabel("Referring organisation").FillAsync("Police prevention team NL");
        await nl.GetByLabel("Full name").FillAsync("Daan Testpersoon");
        await nl.GetByLabel("Date of birth").FillAsync("2010-04-02");
        await nl.GetByLabel("Guardian's name", new() { Exact = true }).FillAsync("Ria Testpersoon");
        await nl.GetByLabel("Offence description").FillAsync("Paid a booter for attacks on game servers (seized customer data).");
        await nl.AssertAccessibleAsync();
        await nl.MainContent().GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        await Expect(nl.MainContent()).ToContainTextAsync("opened and linked to this person.");
        await Expect(nl.GetByRole(AriaRole.Heading, new() { Name = "Referral into Cases:", Level = 3 })).ToBeVisibleAsync();
        Assert.Equal(1, await CasesReferredFromAsync(code));
        await nl.MainContent().GetByRole(AriaRole.Link, new() { Name = "Open the case" }).ClickAsync();
        await nl.WaitForPathAsync("/Cases/");
        await Expect(nl.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("NL-");
    }

    /// <summary>
    /// Three Dutch accounts (two with an email address), two Finnish ones, a duplicate row and a broken line. The
    /// phone prefix and the email domain point the same way, so attribution is firm without a GeoIP database.
    /// </summary>
    private static string AccountsCsv(string[] dutch, string[] finnish)
    {
        var csv = new StringBuilder("id,username,email,regip,regdate,phone\n");
        csv.Append($"1,{dutch[0]},{dutch[0]}@example.nl,192.0.2.10,1700000000,+31612345671\n");
        csv.Append($"2,{dutch[1]},{dutch[1]}@example.nl,192.0.2.11,1700000100,+31612345672\n");
        csv.Append($"3,{dutch[2]},,192.0.2.12,1700000200,+31612345673\n");
        csv.Append($"4,{finnish[0]},{finnish[0]}@example.fi,192.0.2.13,1700000300,+358401234564\n");
        csv.Append($"5,{finnish[1]},{finnish[1]}@example.fi,192.0.2.14,1700000400,+358401234565\n");
        csv.Append($"5,{finnish[1]},{finnish[1]}@example.fi,192.0.2.14,1700000400,+358401234565\n");
        csv.Append("6,broken_line_with_too_few_fields\n");
        csv.Append($"7,{dutch[2]}_alt,,192.0.2.15,1700000500,+31612345673\n");
        return csv.ToString();
    }

    private static async Task OpenPersonAsync(IPage page, string operationUrl, string username)
    {
        // A linked person's page is titled by their first username, which may be another account's (…_alt).
        await page.GotoAsync($"{operationUrl}/Persons?Search={username}");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 person matches.");
        await page.MainContent().GetByRole(AriaRole.Table).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(username);
    }

    private async Task WaitForPersonsAsync(string code, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var built = 0;
            await Server.WithSystemDbAsync(async db => built = await db.OperationPersons.IgnoreQueryFilters()
                .CountAsync(p => db.Operations.Any(o => o.Id == p.OperationId && o.Code == code)));
            if (built == count)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The persons of {code} were not built within 60 s.");
    }

    private async Task<List<Guid>> PersonIdsAsync(string code, string agency)
    {
        List<Guid> ids = [];
        await Server.WithSystemDbAsync(async db => ids = await db.OperationPersons.IgnoreQueryFilters()
            .Where(p => p.AgencyCode == agency && db.Operations.Any(o => o.Id == p.OperationId && o.Code == code)).Select(p => p.Id).ToListAsync());
        Assert.NotEmpty(ids);
        return ids;
    }

    private async Task<int> CasesReferredFromAsync(string code)
    {
        var count = 0;
        await Server.WithSystemDbAsync(async db => count = await db.ContactActions.IgnoreQueryFilters()
            .CountAsync(a => a.CaseId != null && db.Operations.Any(o => o.Id == a.OperationId && o.Code == code)));
        return count;
    }

    /// <summary>Runs due jobs every 200 ms until disposed, in place of the server's background runner.</summary>
    private sealed class JobLoop : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;

        public static JobLoop Start(BrowserServer server)
        {
            var loop = new JobLoop();
            var runner = server.Services.GetRequiredService<JobRunner>();
            loop._loop = Task.Run(async () =>
            {
                while (!loop._stop.IsCancellationRequested)
                {
                    await runner.RunDueAsync(loop._stop.Token);
                    await Task.Delay(200, loop._stop.Token);
                }
            });
            return loop;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
                // Stopped while waiting or running: the runner's lease makes any interrupted job resumable.
            }

            _stop.Dispose();
        }
    }
}
