using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Events;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Knowledge.Events;

public sealed class EventRegistrationTests(AuditedAppFactory app) : IClassFixture<AuditedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_BeyondCapacity_WaitlistsAndPromotesTheFirstWaitingOnCancellation()
    {
        var organiser = await app.ApiClientAsync(await app.CreateMemberAsync("PT", Roles.PreventionOfficer));
        var id = await organiser.CreateEventAsync(app, capacity: 1);
        var first = await app.ApiClientAsync(await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false));
        var second = await app.ApiClientAsync(await app.CreateMemberAsync("FI", Roles.Viewer, twoFactor: false));
        var third = await app.ApiClientAsync(await app.CreateMemberAsync("SE", Roles.Viewer, twoFactor: false));

        var a = await (await first.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct)).JsonAsync();
        var b = await (await second.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct)).JsonAsync();
        var c = await (await third.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct)).JsonAsync();

        Assert.Equal((int)RegistrationStatus.Confirmed, a.GetProperty("status").GetInt32());
        Assert.Equal((int)RegistrationStatus.Waitlisted, b.GetProperty("status").GetInt32());
        Assert.Equal(2, c.GetProperty("waitlistCount").GetInt32());

        var cancel = await first.DeleteAsync($"/api/knowledge/events/{id}/registration", Ct);
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        var view = await (await second.GetAsync($"/api/knowledge/events/{id}", Ct)).JsonAsync();
        Assert.Equal((int)RegistrationStatus.Confirmed, view.GetProperty("myStatus").GetInt32());
        Assert.Equal(1, view.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(1, view.GetProperty("waitlistCount").GetInt32());
        var thirdView = await (await third.GetAsync($"/api/knowledge/events/{id}", Ct)).JsonAsync();
        Assert.Equal((int)RegistrationStatus.Waitlisted, thirdView.GetProperty("myStatus").GetInt32());
        Assert.Contains(app.Audit.Events, e => e.Action == "event.waitlist-promoted");
        Assert.Contains(app.Audit.Events, e => e.Action == "event.unregistered");
    }

    [Fact]
    public async Task Register_AfterDeadline_IsRefused()
    {
        var organiser = await app.ApiClientAsync(await app.CreateMemberAsync("PT", Roles.CountryAdmin));
        var deadline = EventRules.ToLocal(app.Clock.GetUtcNow().AddMinutes(2), "Europe/Lisbon");
        var id = await organiser.CreateEventAsync(app, deadline: deadline);
        var member = await app.ApiClientAsync(await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        {
            var response = await member.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("closed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            await app.WithSystemDbAsync(async db => Assert.False(await db.EventRegistrations.AnyAsync(r => r.EventId == id, Ct)));
        }
    }

    [Fact]
    public async Task Participants_OnlyOrganisersOfTheOrganisingAgency_SeeNames()
    {
        var organiserMember = await app.CreateMemberAsync("PT", Roles.PreventionOfficer);
        var organiser = await app.ApiClientAsync(organiserMember);
        var id = await organiser.CreateEventAsync(app);
        var participant = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var participantClient = await app.ApiClientAsync(participant);
        await (await participantClient.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct)).JsonAsync();
        var otherOfficer = await app.ApiClientAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer));

        var list = await (await organiser.GetAsync($"/api/knowledge/events/{id}/participants", Ct)).JsonAsync();
        var page = await organiser.GetStringAsync($"/Knowledge/Events/{id}/Participants", Ct);
        var otherApi = await otherOfficer.GetAsync($"/api/knowledge/events/{id}/participants", Ct);
        var otherPage = await otherOfficer.GetAsync($"/Knowledge/Events/{id}/Participants", Ct);
        var participantsOwnView = await participantClient.GetStringAsync($"/Knowledge/Events/{id}", Ct);

        Assert.Equal(participant.DisplayName, Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains(participant.DisplayName, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherApi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.Contains("1 registered.", participantsOwnView, StringComparison.Ordinal);
        Assert.DoesNotContain("/Participants", participantsOwnView, StringComparison.Ordinal);
        Assert.Contains(app.Audit.Events, e => e.Action == "event.participants-viewed" && e.RecordId == id.ToString());
    }

    [Fact]
    public async Task Create_PlainHttpLinkOrEndBeforeStart_IsRejectedWithFieldErrors()
    {
        var organiser = await app.ApiClientAsync(await app.CreateMemberAsync("PT", Roles.PreventionOfficer));

        var response = await organiser.PostAsJsonAsync("/api/knowledge/events", new
        {
            kind = 1,
            title = "Broken",
            start = "2027-05-01T10:00:00",
            end = "2027-05-01T09:00:00",
            timeZone = "Europe/Lisbon",
            language = "en",
            onlineUrl = "http://meet.example.org/plain",
            slidesUrl = "javascript:alert(1)",
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("after the start", errors.GetProperty("End")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("https://", errors.GetProperty("OnlineUrl")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("https://", errors.GetProperty("SlidesUrl")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_EndBeforeStart_ShowsTheErrorNextToTheField()
    {
        var member = await app.CreateMemberAsync("PT", Roles.PreventionOfficer);
        var client = await app.SignInAsync(member);

        var response = await client.PostFormAsync("/Knowledge/Events/New", new()
        {
            ["Form.Input.Kind"] = "Webinar",
            ["Form.Input.Title"] = "Backwards",
            ["Form.Input.Start"] = "2027-05-01T10:00",
            ["Form.Input.End"] = "2027-05-01T09:00",
            ["Form.Input.TimeZone"] = "Europe/Lisbon",
            ["Form.Input.Language"] = "en",
            ["Form.Input.RecordingUrl"] = "ftp://example.org/rec",
        });

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Form_Input_End\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Input_RecordingUrl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ics_OfAnEvent_CarriesTheZoneAndTheUtcInstant()
    {
        var organiser = await app.ApiClientAsync(await app.CreateMemberAsync("PT", Roles.PreventionOfficer));
        var id = await organiser.CreateEventAsync(app, title: "Calendar check");

        var response = await organiser.GetAsync($"/api/knowledge/events/{id}/ics", Ct);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var vevent = Assert.Single(calendar.Events);
        await app.WithSystemDbAsync(async db =>
        {
            var stored = await db.KnowledgeEvents.SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(stored.StartsAt.UtcDateTime, vevent.DtStart!.AsUtc);
            Assert.Equal("Europe/Lisbon", vevent.DtStart.TzId);
        });
    }
}
