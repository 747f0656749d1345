using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Knowledge.Events;

public sealed class EventMailTests(MailingAppFixture fixture) : IClassFixture<MailingAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_WithSeat_MailsAConfirmationWithTheEventsIcs()
    {
        fixture.Smtp.SkipIfUnavailable();
        var app = fixture.App;
        var organiser = await app.ApiClientAsync(await app.CreateMemberAsync("PT", Roles.PreventionOfficer));
        var id = await organiser.CreateEventAsync(app, title: "Mailed webinar");
        var member = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.ApiClientAsync(member);

        await (await client.PostAsync($"/api/knowledge/events/{id}/registration", null, Ct)).JsonAsync();

        var message = await fixture.Smtp.WaitForMessageToAsync(member.Email, TimeSpan.FromSeconds(15));
        Assert.Equal("Registered: Mailed webinar", message.Subject);
        Assert.Contains("Europe/Lisbon", message.TextBody, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var stream = new MemoryStream();
        await attachment.Content!.DecodeToAsync(stream, Ct);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
        Assert.Equal("Mailed webinar", Assert.Single(calendar.Events).Summary);
    }
}
