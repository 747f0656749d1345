using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Features.Network;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Catalogue.CatalogueTestKit;

namespace Platform.Tests.Features.Knowledge.Catalogue;

/// <summary>Four eyes, edits returning to draft, concurrency and validation, through the API and the pages.</summary>
public sealed class FourEyesReleaseTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Release_ByAuthorIsRefused_BySecondMemberOfOwnerSucceeds_AndIsAudited()
    {
        var author = await (await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer))).WithCsrfAsync("/Knowledge/Interventions/New");
        var second = await (await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.CountryAdmin))).WithCsrfAsync("/Knowledge/Interventions/New");
        var created = await author.PostAsJsonAsync("/api/knowledge/interventions", ProfileBody($"Release test {Guid.NewGuid():N}"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        var id = body.GetProperty("id").GetGuid();
        var version = body.GetProperty("version").GetGuid();
        Assert.Equal("NationalDraft", body.GetProperty("releaseState").GetString());

        var own = await author.PostAsJsonAsync($"/api/knowledge/interventions/{id}/release", Share(TlpMarking.Amber, version, amber: ["GB"]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("another member of your agency must release it", await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var released = await second.PostAsJsonAsync($"/api/knowledge/interventions/{id}/release", Share(TlpMarking.Amber, version, amber: ["GB"]), Ct);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var item = await db.Interventions.SingleAsync(i => i.Id == id, Ct);
            Assert.Equal(ReleaseState.Released, item.ReleaseState);
            Assert.Equal(TlpMarking.Amber, item.Tlp);
            Assert.Equal(["GB"], item.AmberAgencyCodes);
            var actions = await db.AuditEntries.Where(e => e.RecordId == id.ToString()).Select(e => e.Action).ToListAsync(Ct);
            Assert.Contains("knowledge.intervention.created", actions);
            Assert.Contains("knowledge.intervention.tlp-changed", actions);
            Assert.Contains("knowledge.intervention.released", actions);
        });
    }

    [Fact]
    public async Task Edit_OfReleasedProfile_ReturnsItToDraft_HidesItAbroad_AndNeedsAnotherRelease()
    {
        var authorMember = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var secondMember = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", secondMember, TlpMarking.Green, ReleaseState.Released);
        var author = await (await app.SignInAsync(authorMember)).WithCsrfAsync("/Knowledge/Interventions/New");
        var gb = await app.SignInAsync(await app.CreateMemberAsync("GB", Roles.PreventionOfficer));
        Assert.Equal(HttpStatusCode.OK, (await gb.GetAsync($"/api/knowledge/interventions/{item.Id}", Ct)).StatusCode);

        var editPage = await author.GetStringAsync($"/Knowledge/Interventions/{item.Slug}/Edit", Ct);
        Assert.Contains("Saving changes returns it to national draft", editPage, StringComparison.Ordinal);
        var updated = await author.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}", ProfileBody("Edited name", item.Version), Ct);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var version = (await updated.JsonAsync()).GetProperty("version").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await gb.GetAsync($"/api/knowledge/interventions/{item.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await author.PostAsJsonAsync($"/api/knowledge/interventions/{item.Id}/release", Share(TlpMarking.Green, version), Ct)).StatusCode);
        var second = await (await app.SignInAsync(secondMember)).WithCsrfAsync("/Knowledge/Interventions/New");
        Assert.Equal(HttpStatusCode.OK,
            (await second.PostAsJsonAsync($"/api/knowledge/interventions/{item.Id}/release", Share(TlpMarking.Green, version), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gb.GetAsync($"/api/knowledge/interventions/{item.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task SharingPage_SecondOfficerReleasesAsAmberByForm_AuthorSeesNoReleaseButton()
    {
        var authorMember = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", authorMember, TlpMarking.Green, ReleaseState.NationalDraft);
        var author = await app.SignInAsync(authorMember);
        var second = await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer));
        await app.EnsureAgencyAsync("GB");

        Assert.DoesNotContain("Release with this marking", await author.GetStringAsync($"/Knowledge/Interventions/{item.Slug}/Sharing", Ct), StringComparison.Ordinal);
        var response = await second.PostFormAsync($"/Knowledge/Interventions/{item.Slug}/Sharing?handler=Release", new()
        {
            ["Input.Tlp"] = "Amber",
            ["Input.AmberAgencyCodes"] = "GB",
            ["Input.Version"] = item.Version.ToString(),
        }, $"/Knowledge/Interventions/{item.Slug}/Sharing");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var saved = await db.Interventions.SingleAsync(i => i.Id == item.Id, Ct);
            Assert.Equal((ReleaseState.Released, TlpMarking.Amber), (saved.ReleaseState, saved.Tlp));
            Assert.Equal(["GB"], saved.AmberAgencyCodes);
        });
    }

    [Fact]
    public async Task OtherAgencyEditor_CannotEditReleaseOrReshareAVisibleProfile_Gets404()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Green, ReleaseState.NationalDraft);
        await app.WithSystemDbAsync(async db =>
        {
            (await db.Interventions.SingleAsync(i => i.Id == item.Id, Ct)).ReleaseState = ReleaseState.Released;
            await db.SaveChangesAsync(Ct);
        });
        var gb = await (await app.SignInAsync(await app.CreateMemberAsync("GB", Roles.CountryAdmin))).WithCsrfAsync("/Knowledge/Interventions/New");

        Assert.Equal(HttpStatusCode.NotFound, (await gb.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}", ProfileBody("Taken over", item.Version), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gb.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}/sharing", Share(TlpMarking.Clear, item.Version), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gb.GetAsync($"/Knowledge/Interventions/{item.Slug}/Edit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gb.GetAsync($"/Knowledge/Interventions/{item.Slug}/Sharing", Ct)).StatusCode);
        await app.WithSystemDbAsync(async db => Assert.Equal(item.Name, (await db.Interventions.SingleAsync(i => i.Id == item.Id, Ct)).Name));
    }

    [Fact]
    public async Task Update_WithStaleVersion_Answers409_AndKeepsTheOtherEditorsChange()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Green, ReleaseState.NationalDraft);
        var first = await (await app.SignInAsync(author)).WithCsrfAsync("/Knowledge/Interventions/New");
        var second = await (await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.CountryAdmin))).WithCsrfAsync("/Knowledge/Interventions/New");

        var winner = await first.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}", ProfileBody("First change", item.Version), Ct);
        var loser = await second.PutAsJsonAsync($"/api/knowledge/interventions/{item.Id}", ProfileBody("Second change", item.Version), Ct);

        Assert.Equal(HttpStatusCode.OK, winner.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
        Assert.Contains("Someone else changed this item after you opened it", await loser.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db => Assert.Equal("First change", (await db.Interventions.SingleAsync(i => i.Id == item.Id, Ct)).Name));
    }

    [Fact]
    public async Task Create_WithInvalidFields_AnswersClearMessagesAndStoresNothing()
    {
        var client = await (await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer))).WithCsrfAsync("/Knowledge/Interventions/New");
        var response = await client.PostAsJsonAsync("/api/knowledge/interventions", new
        {
            name = "",
            summary = "x",
            minAge = 20,
            maxAge = 12,
            languages = new[] { "dutch" },
            deliveryFormats = Array.Empty<string>(),
            website = "javascript:alert(1)",
            sources = new[] { new { title = "No address", url = "" } },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        foreach (var message in new[]
                 {
                     "Enter the name of the intervention.", "The oldest age must not be below the youngest age.",
                     "Enter languages as two-letter ISO 639-1 codes", "Choose at least one delivery format.",
                     "Enter the website as a full web address", "Enter the source as a full web address",
                 })
        {
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await app.WithSystemDbAsync(async db => Assert.False(await db.Interventions.AnyAsync(i => i.Summary == "x", Ct)));
    }

    [Fact]
    public async Task NewPage_FormWithListsAndRows_CreatesDraftOfOwnAgency()
    {
        var member = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(member);
        var name = $"Form profile {Guid.NewGuid():N}";
        var response = await client.PostFormAsync("/Knowledge/Interventions/New", new()
        {
            ["Input.Name"] = name,
            ["Input.Summary"] = "Made through the page.",
            ["Input.Stage"] = "Tertiary",
            ["Input.MinAge"] = "12",
            ["Input.MaxAge"] = "23",
            ["Input.DeliveryFormats"] = "Hybrid",
            ["Input.Mechanisms"] = "Restorative",
            ["LanguagesText"] = "nl, en",
            ["Input.Components[0].Name"] = "Coaching",
            ["Input.Components[1].Name"] = "",
            ["Input.Sources[0].Title"] = "Source",
            ["Input.Sources[0].Url"] = "https://example.test/a",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var item = await db.Interventions.SingleAsync(i => i.Name == name, Ct);
            Assert.Equal(("NL", ReleaseState.NationalDraft, member.Id), (item.OwnerAgencyCode, item.ReleaseState, item.LastEditedBy));
            Assert.Equal(["nl", "en"], item.Languages);
            Assert.Equal("Coaching", Assert.Single(item.Components).Name);
            Assert.Equal("https://example.test/a", Assert.Single(item.Sources).Url);
        });
    }

    [Fact]
    public async Task Viewer_OfOwningAgency_MayReadButNotEdit()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Green, ReleaseState.NationalDraft);
        var viewer = await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/Knowledge/Interventions/{item.Slug}", Ct)).StatusCode);
        var edit = await viewer.GetAsync($"/Knowledge/Interventions/{item.Slug}/Edit", Ct);
        Assert.NotEqual(HttpStatusCode.OK, edit.StatusCode);
    }
}
