using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Knowledge.Events;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Questions;

public sealed class QuestionMailTests(MailingAppFixture fixture) : IClassFixture<MailingAppFixture>
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(15);

    private AppFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ask_ReleasedGreenIntervention_MailsTheOwnersEditorsWhoOptedInAndTheAnswerMailsTheAsker()
    {
        fixture.Smtp.SkipIfUnavailable();
        var owner = await App.CreateMemberAsync("PT", Roles.PreventionOfficer);
        var optedOut = await App.CreateMemberAsync("PT", Roles.CountryAdmin);
        var ownerViewer = await App.CreateMemberAsync("PT", Roles.Viewer, twoFactor: false);
        var asker = await App.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var intervention = await CreateInterventionAsync("PT", TlpMarking.Green, ReleaseState.Released);
        var optedOutClient = await App.SignInAsync(optedOut);
        Assert.Equal(HttpStatusCode.Redirect, (await optedOutClient.PostFormAsync("/Knowledge/Questions?handler=Mail", new() { ["on"] = "false" }, "/Knowledge/Questions")).StatusCode);
        var askerClient = await App.ApiClientAsync(asker);

        var asked = await (await askerClient.PostAsJsonAsync($"/api/knowledge/interventions/{intervention}/questions", new { text = "How do you select participants for the day?" }, Ct)).JsonAsync();
        var questionId = asked.GetProperty("id").GetGuid();

        var notice = await fixture.Smtp.WaitForMessageToAsync(owner.Email, MailTimeout);
        Assert.Contains("How do you select participants for the day?", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains(asker.DisplayName, notice.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/Knowledge/Questions/{questionId}", notice.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(asker.Email, notice.TextBody, StringComparison.Ordinal);

        var ownerClient = await App.ApiClientAsync(owner);
        var answered = await (await ownerClient.PostAsJsonAsync($"/api/knowledge/interventions/{intervention}/questions/{questionId}/answer", new { text = "By objective criteria agreed with the school." }, Ct)).JsonAsync();
        Assert.NotNull(answered.GetProperty("answeredAt").GetString());
        var reply = await fixture.Smtp.WaitForMessageToAsync(asker.Email, MailTimeout);
        Assert.Contains("By objective criteria agreed with the school.", reply.TextBody, StringComparison.Ordinal);

        var all = await fixture.Smtp.WaitForMessagesAsync(0, TimeSpan.Zero);
        Assert.DoesNotContain(all, m => m.To.Mailboxes.Any(b => b.Address == optedOut.Email || b.Address == ownerViewer.Email));
        var resolved = await (await askerClient.PostAsync($"/api/knowledge/interventions/{intervention}/questions/{questionId}/resolve", null, Ct)).JsonAsync();
        Assert.NotNull(resolved.GetProperty("resolvedAt").GetString());
    }

    [Theory]
    [InlineData(TlpMarking.Green, ReleaseState.NationalDraft)]
    [InlineData(TlpMarking.Amber, ReleaseState.Released)]
    public async Task Ask_InterventionTheAskerCannotSee_AnswersNotFoundAndSendsNoMail(TlpMarking tlp, ReleaseState state)
    {
        var owner = await App.CreateMemberAsync("BE", Roles.PreventionOfficer);
        var outsider = await App.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var intervention = await CreateInterventionAsync("BE", tlp, state);
        var client = await App.ApiClientAsync(outsider);

        var api = await client.PostAsJsonAsync($"/api/knowledge/interventions/{intervention}/questions", new { text = "Can we see your material?" }, Ct);
        var list = await client.GetAsync($"/api/knowledge/interventions/{intervention}/questions", Ct);
        var page = await client.GetAsync($"/Knowledge/Questions/Ask/{intervention}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        await App.WithSystemDbAsync(async db => Assert.False(await db.InterventionQuestions.AnyAsync(q => q.InterventionId == intervention, Ct)));
        if (fixture.Smtp.UnavailableReason is null)
        {
            var all = await fixture.Smtp.WaitForMessagesAsync(0, TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(all, m => m.To.Mailboxes.Any(b => b.Address == owner.Email));
        }
    }

    [Fact]
    public async Task Ask_MoreThanTheHourlyLimit_IsRefused()
    {
        await App.CreateMemberAsync("DE", Roles.PreventionOfficer);
        var asker = await App.ApiClientAsync(await App.CreateMemberAsync("FI", Roles.Viewer, twoFactor: false));
        var intervention = await CreateInterventionAsync("DE", TlpMarking.Green, ReleaseState.Released);

        for (var i = 0; i < 20; i++)
        {
            var ok = await asker.PostAsJsonAsync($"/api/knowledge/interventions/{intervention}/questions", new { text = $"Question number {i} about the programme" }, Ct);
            Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        }

        var refused = await asker.PostAsJsonAsync($"/api/knowledge/interventions/{intervention}/questions", new { text = "One question too many today" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("last hour", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<Guid> CreateInterventionAsync(string owner, TlpMarking tlp, ReleaseState state)
    {
        var id = Guid.CreateVersion7();
        await App.EnsureAgencyAsync(owner);
        await App.WithSystemDbAsync(async db =>
        {
            db.Interventions.Add(new Intervention
            {
                Id = id,
                Slug = $"test-{id:N}",
                Name = $"Test intervention {owner}",
                OwnerAgencyCode = owner,
                Summary = "A test intervention.",
                Tlp = tlp,
                ReleaseState = state,
                CreatedBy = "test",
                LastEditedBy = "test",
                CreatedAt = App.Clock.GetUtcNow(),
                UpdatedAt = App.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(Ct);
        });
        return id;
    }
}
