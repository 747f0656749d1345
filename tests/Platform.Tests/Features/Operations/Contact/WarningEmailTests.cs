using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Contact;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Email;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Infrastructure.Jobs;

namespace Platform.Tests.Features.Operations.Contact;

/// <summary>Warning emails through the real local SMTP server: language, bounce, per-country throttle, no double sending.</summary>
public sealed class WarningEmailTests(MailingAppFixture fixture) : IClassFixture<MailingAppFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private AppFactory App => fixture.App;

    [Fact]
    public async Task SendJob_DutchDefaultAndFinnishChoice_DeliversEachInItsLanguageAndMarksContacted()
    {
        fixture.Smtp.SkipIfUnavailable();
        App.Clock.Advance(TimeSpan.FromMinutes(2)); // the country's throttle window starts empty
        var world = await ContactWorld.CreateAsync(App);
        await SettingsAsync("NL", language: "nl", maxPerMinute: 100);
        await DecideAsync(world, "dutch_paid_many", new DecisionInput { Kind = ContactActionKind.WarningEmail });
        await DecideAsync(world, "dutch_free_many", new DecisionInput { Kind = ContactActionKind.WarningEmail, Language = "fi" });

        await RunJobsAsync();

        var dutch = await fixture.Smtp.WaitForMessageToAsync(world.Emails["dutch_paid_many"], Wait);
        Assert.Equal("Over je account op testbooter.example", dutch.Subject);
        Assert.Contains("\"dutch_paid_many\"", dutch.TextBody, StringComparison.Ordinal);
        Assert.Contains("138b", dutch.TextBody, StringComparison.Ordinal);
        Assert.Contains("preventie@politie.example", dutch.TextBody, StringComparison.Ordinal);
        Assert.Equal("preventie@politie.example", dutch.From.Mailboxes.Single().Address);
        var finnish = await fixture.Smtp.WaitForMessageToAsync(world.Emails["dutch_free_many"], Wait);
        Assert.Equal("Käyttäjätilistäsi palvelussa testbooter.example", finnish.Subject);
        await App.WithSystemDbAsync(async db =>
        {
            var person = await db.OperationPersons.SingleAsync(p => p.Id == world.Persons["dutch_paid_many"], Ct);
            Assert.NotNull(person.FirstContactedAt);
            var action = await db.ContactActions.Include(a => a.Outcomes).SingleAsync(a => a.PersonId == person.Id, Ct);
            Assert.Equal(ContactActionStatus.Done, action.Status);
            Assert.Equal(ContactOutcomeKind.Delivered, Assert.Single(action.Outcomes).Kind);
        });
    }

    [Fact]
    public async Task SendJob_RecipientRefusedByServer_RecordsBounceAndNoContact()
    {
        fixture.Smtp.SkipIfUnavailable();
        App.Clock.Advance(TimeSpan.FromMinutes(2)); // the country's throttle window starts empty
        var world = await ContactWorld.CreateAsync(App);
        await App.WithSystemDbAsync(async db =>
        {
            world.Add(db, App, "NL", "dutch_bouncing", paid: true, attacks: 9, email: SmtpTestServer.RejectedPrefix + "@example.nl");
            await db.SaveChangesAsync(Ct);
        });
        await SettingsAsync("NL", language: "en", maxPerMinute: 100);
        await DecideAsync(world, "dutch_bouncing", new DecisionInput { Kind = ContactActionKind.WarningEmail });

        await RunJobsAsync();

        await App.WithSystemDbAsync(async db =>
        {
            var person = await db.OperationPersons.SingleAsync(p => p.Id == world.Persons["dutch_bouncing"], Ct);
            Assert.Null(person.FirstContactedAt);
            var action = await db.ContactActions.Include(a => a.Outcomes).SingleAsync(a => a.PersonId == person.Id, Ct);
            Assert.Equal(ContactActionStatus.Failed, action.Status);
            Assert.Equal(ContactOutcomeKind.Bounced, Assert.Single(action.Outcomes).Kind);
        });
    }

    [Fact]
    public async Task SendJob_CountryLimitTwoPerMinute_SendsInMinuteSlicesAndNeverTwice()
    {
        fixture.Smtp.SkipIfUnavailable();
        App.Clock.Advance(TimeSpan.FromMinutes(2)); // the country's throttle window starts empty
        var world = await ContactWorld.CreateAsync(App);
        await App.WithSystemDbAsync(async db =>
        {
            world.Add(db, App, "NL", "dutch_extra_one", paid: true, attacks: 20, email: "extra.one@example.nl");
            world.Add(db, App, "NL", "dutch_extra_two", paid: true, attacks: 30, email: "extra.two@example.nl");
            await db.SaveChangesAsync(Ct);
        });
        await SettingsAsync("NL", language: "en", maxPerMinute: 2);
        var selection = new PersonFilter { HasEmail = true };
        var decided = await ContactWorld.AsAgencyAsync(App, "NL", async sp =>
        {
            var handler = sp.GetRequiredService<DecideContactHandler>();
            var actor = new ContactActor(world.DutchOfficer.Id, "NL");
            var count = await handler.CountAsync(actor, world.OperationId, selection, ContactActionKind.WarningEmail, Ct);
            return await handler.DecideBulkAsync(actor, world.OperationId, selection, new DecisionInput { Kind = ContactActionKind.WarningEmail }, count!.Value, Ct);
        });
        Assert.Equal(5, decided.Value!.Decided);

        await RunJobsAsync();
        Assert.Equal(2, await SentAsync(world));
        await RunJobsAsync();
        Assert.Equal(2, await SentAsync(world));
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        await RunJobsAsync();
        Assert.Equal(4, await SentAsync(world));
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        await RunJobsAsync();
        Assert.Equal(5, await SentAsync(world));

        // A re-run (another job for the same operation, e.g. after a crash or a second click) finds nothing to send.
        await App.WithScopeAsync(sp => sp.GetRequiredService<WarningEmailQueue>().EnqueueAsync("NL", world.OperationId, Ct));
        App.Clock.Advance(TimeSpan.FromSeconds(61));
        await RunJobsAsync();
        Assert.Equal(5, await SentAsync(world));
        var received = (await fixture.Smtp.WaitForMessagesAsync(1, Wait))
            .Count(m => m.To.Mailboxes.Any(b => b.Address.Contains(world.Suffix, StringComparison.Ordinal)));
        Assert.Equal(5, received);
    }

    private async Task<int> SentAsync(ContactWorld world)
    {
        var count = 0;
        await App.WithSystemDbAsync(async db => count = await db.ContactActions
            .CountAsync(a => a.OperationId == world.OperationId && a.Status == ContactActionStatus.Done, Ct));
        return count;
    }

    private async Task RunJobsAsync() => await App.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);

    private async Task SettingsAsync(string agency, string language, int maxPerMinute) => await App.WithSystemDbAsync(async db =>
    {
        var settings = await db.ContactSenderSettings.FirstOrDefaultAsync(s => s.AgencyCode == agency, Ct);
        if (settings is null)
        {
            settings = new ContactSenderSettings { AgencyCode = agency };
            db.ContactSenderSettings.Add(settings);
        }

        settings.FromAddress = "preventie@politie.example";
        settings.DisplayName = "Politie preventieteam";
        settings.ContactPoint = "preventie@politie.example";
        settings.Language = language;
        settings.MaxPerMinute = maxPerMinute;
        await db.SaveChangesAsync(Ct);
    });

    private async Task DecideAsync(ContactWorld world, string username, DecisionInput input)
    {
        var result = await ContactWorld.AsAgencyAsync(App, "NL", sp => sp.GetRequiredService<DecideContactHandler>()
            .DecideAsync(new ContactActor(world.DutchOfficer.Id, "NL"), world.OperationId, world.Persons[username], input, Ct));
        Assert.False(result.IsInvalid, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
    }
}
