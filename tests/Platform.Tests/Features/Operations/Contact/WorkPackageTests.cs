using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Operations.Contact;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Model;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Features.Operations.Contact.Review;
using Platform.Web.Features.Operations.Contact.Summary;
using Platform.Web.Features.Operations.Model;

namespace Platform.Tests.Features.Operations.Contact;

public sealed class WorkPackageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PersonsPage_PaidAndAttackFilter_ShowsOnlyMatchingPersonsOfOwnCountry()
    {
        var world = await ContactWorld.CreateAsync(app);
        var client = await app.SignInAsync(world.DutchOfficer);

        var html = await client.GetStringAsync($"/Operations/{world.OperationId}/Persons?Paid=true&MinAttacks=10", Ct);

        Assert.Contains("dutch_paid_many", html, StringComparison.Ordinal);
        Assert.Contains("dutch_no_email", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dutch_paid_few", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dutch_free_many", html, StringComparison.Ordinal);
        Assert.DoesNotContain("finnish_paid_many", html, StringComparison.Ordinal);
        var all = await client.GetStringAsync($"/Operations/{world.OperationId}/Persons", Ct);
        Assert.DoesNotContain("finnish_paid_many", all, StringComparison.Ordinal);
        Assert.Contains("dutch_free_many", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinnishOfficer_DutchPersonActionAndLetter_NotFoundOnPagesAndApi()
    {
        var world = await ContactWorld.CreateAsync(app);
        var actionId = await ContactWorld.AsAgencyAsync(app, "NL", async sp =>
            (await sp.GetRequiredService<DecideContactHandler>().DecideAsync(
                new ContactActor(world.DutchOfficer.Id, "NL"), world.OperationId, world.Persons["dutch_paid_many"],
                new DecisionInput { Kind = ContactActionKind.Letter, Language = "nl" }, Ct)).Value);
        var finn = await app.SignInAsync(world.FinnishOfficer);
        var dutchPerson = world.Persons["dutch_paid_many"];

        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync(world.PersonUrl("dutch_paid_many"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync($"/api/operations/{world.OperationId}/persons/{dutchPerson}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync($"/api/operations/{world.OperationId}/actions/{actionId}/letter", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync($"{world.PersonUrl("dutch_paid_many")}/Refer", Ct)).StatusCode);
        var list = await finn.GetStringAsync($"/api/operations/{world.OperationId}/persons", Ct);
        Assert.Contains("finnish_paid_many", list, StringComparison.Ordinal);
        Assert.DoesNotContain("dutch_", list, StringComparison.Ordinal);

        var dutch = await app.SignInAsync(world.DutchOfficer);
        var letter = await dutch.GetAsync($"/api/operations/{world.OperationId}/actions/{actionId}/letter", Ct);
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Contains("138b", await letter.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var page = await dutch.GetAsync($"/Operations/{world.OperationId}/Letters/{actionId}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("138b", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync($"/Operations/{world.OperationId}/Letters/{actionId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task BulkWarningEmail_PaidFilter_CoversPersonsWithEmailOnceAfterConfirmedCount()
    {
        var world = await ContactWorld.CreateAsync(app);
        var actor = new ContactActor(world.DutchOfficer.Id, "NL");
        var filter = new PersonFilter { Paid = true };
        var input = new DecisionInput { Kind = ContactActionKind.WarningEmail };

        var result = await ContactWorld.AsAgencyAsync(app, "NL", async sp =>
        {
            var handler = sp.GetRequiredService<DecideContactHandler>();
            var count = await handler.CountAsync(actor, world.OperationId, filter, ContactActionKind.WarningEmail, Ct);
            var stale = await handler.DecideBulkAsync(actor, world.OperationId, filter, input, confirmedCount: 5, Ct);
            var done = await handler.DecideBulkAsync(actor, world.OperationId, filter, input, confirmedCount: count!.Value, Ct);
            var after = await handler.CountAsync(actor, world.OperationId, filter, ContactActionKind.WarningEmail, Ct);
            return (count, stale, done, after);
        });

        Assert.Equal(2, result.count);
        Assert.True(result.stale.IsInvalid);
        Assert.Equal(2, result.done.Value!.Decided);
        Assert.Equal(0, result.after);
        await app.WithSystemDbAsync(async db =>
        {
            var actions = await db.ContactActions.Where(a => a.OperationId == world.OperationId).ToListAsync(Ct);
            Assert.Equal(2, actions.Count);
            Assert.All(actions, a => Assert.Equal(world.DutchOfficer.Id, a.DecidedById));
            Assert.DoesNotContain(actions, a => a.PersonId == world.Persons["dutch_no_email"]);
        });
    }

    [Fact]
    public async Task NoAction_ReasonRules_RequireReasonAndNotesForOther()
    {
        var world = await ContactWorld.CreateAsync(app);
        var actor = new ContactActor(world.DutchOfficer.Id, "NL");
        var person = world.Persons["dutch_free_many"];

        var (missing, otherWithoutNotes, recorded) = await ContactWorld.AsAgencyAsync(app, "NL", async sp =>
        {
            var handler = sp.GetRequiredService<DecideContactHandler>();
            var a = await handler.DecideAsync(actor, world.OperationId, person, new DecisionInput { Kind = ContactActionKind.NoAction }, Ct);
            var b = await handler.DecideAsync(actor, world.OperationId, person, new DecisionInput { Kind = ContactActionKind.NoAction, Reason = NoActionReason.Other }, Ct);
            var c = await handler.DecideAsync(actor, world.OperationId, person,
                new DecisionInput { Kind = ContactActionKind.NoAction, Reason = NoActionReason.MinorWithoutGuardianContact, Notes = "Stated age 14, no guardian known." }, Ct);
            return (a, b, c);
        });

        Assert.Contains("Reason", missing.Errors.Keys);
        Assert.Contains("Notes", otherWithoutNotes.Errors.Keys);
        Assert.False(recorded.IsInvalid);
        var client = await app.SignInAsync(world.DutchOfficer);
        var html = await client.GetStringAsync($"/Operations/{world.OperationId}/Persons?State=NoAction", Ct);
        Assert.Contains("dutch_free_many", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dutch_paid_many", html, StringComparison.Ordinal);
        var summary = await ContactWorld.AsAgencyAsync(app, "FI", async sp =>
            (await sp.GetRequiredService<ContactSummaryHandler>().HandleAsync(new ContactActor(world.FinnishOfficer.Id, "FI"), world.OperationId, Ct)).Value!);
        var nl = summary.Countries.Single(c => c.AgencyCode == "NL");
        Assert.Equal(4, nl.Persons);
        Assert.Equal(1, nl.NoAction);
        Assert.Equal(1, nl.NoActionByReason[NoActionReason.MinorWithoutGuardianContact]);
        Assert.Equal(1, summary.Countries.Single(c => c.AgencyCode == "FI").Persons);
    }

    [Fact]
    public async Task HandBackAndAssign_MovesOwnershipWithAnalystDecision()
    {
        var world = await ContactWorld.CreateAsync(app);
        var person = world.Persons["finnish_paid_many"];
        var input = new ReassignInput { Reason = "Email domain is Finnish but every login is from the Netherlands." };

        var handedBack = await ContactWorld.AsAgencyAsync(app, "FI", sp => sp.GetRequiredService<ReassignPersonHandler>()
            .HandBackAsync(new ContactActor(world.FinnishOfficer.Id, "FI"), world.OperationId, person, input, Ct));
        Assert.Equal("NL", handedBack.Value);
        var finn = await app.SignInAsync(world.FinnishOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await finn.GetAsync(world.PersonUrl("finnish_paid_many"), Ct)).StatusCode);
        var dutch = await app.SignInAsync(world.DutchOfficer);
        Assert.Contains("finnish_paid_many", await dutch.GetStringAsync($"/Operations/{world.OperationId}/Review", Ct), StringComparison.Ordinal);

        var assigned = await ContactWorld.AsAgencyAsync(app, "NL", sp => sp.GetRequiredService<ReassignPersonHandler>()
            .AssignAsync(new ContactActor(world.DutchOfficer.Id, "NL"), world.OperationId, person,
                new ReassignInput { Country = "FI", Reason = "Checked the payment records: Finnish bank." }, Ct));
        Assert.Equal("FI", assigned.Value);
        Assert.Equal(HttpStatusCode.OK, (await finn.GetAsync(world.PersonUrl("finnish_paid_many"), Ct)).StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var row = await db.OperationPersons.SingleAsync(p => p.Id == person, Ct);
            Assert.False(row.NeedsReview);
            Assert.Equal("FI", row.AgencyCode);
            Assert.Equal(2, row.Evidence.Count(e => e.Kind == EvidenceKind.AnalystDecision));
        });
    }
}
