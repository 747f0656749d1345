using System.Net;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Catalogue.CatalogueTestKit;

namespace Platform.Tests.Features.Knowledge.Catalogue;

/// <summary>
/// The TLP and release rules as members meet them on every way in: catalogue list (page and API), profile page,
/// API by id and by slug, document metadata and download. Invisible items answer 404, never 403.
/// </summary>
public sealed class CatalogueVisibilityTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Amber_ListedAgencySeesProfileAndMaterial_UnlistedAgencyGets404Everywhere()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Amber, ReleaseState.Released, amber: ["GB"]);
        var material = await app.AddDocumentAsync("NL", author, TlpMarking.Amber, ReleaseState.Released, amber: ["GB"], interventionId: item.Id);
        var gb = await app.SignInAsync(await app.CreateMemberAsync("GB", Roles.PreventionOfficer));
        var fi = await app.SignInAsync(await app.CreateMemberAsync("FI", Roles.PreventionOfficer));

        Assert.Contains(item.Name, await gb.GetStringAsync($"/api/knowledge/interventions?search={item.Name}", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await gb.GetAsync($"/Knowledge/Interventions/{item.Slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gb.GetAsync($"/api/knowledge/interventions/{item.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gb.GetAsync($"/api/knowledge/documents/{material.Id}/content", Ct)).StatusCode);
        Assert.Contains(material.Title, await gb.GetStringAsync($"/Knowledge/Interventions/{item.Slug}", Ct), StringComparison.Ordinal);

        await AssertInvisibleAsync(fi, item.Slug, item.Id, item.Name);
        await AssertDocumentInvisibleAsync(fi, material.Id, material.Title);
    }

    [Fact]
    public async Task Red_OnlyNamedMembersOutsideTheOwnerSeeIt()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var named = await app.CreateMemberAsync("GB", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Red, ReleaseState.Released, red: [named.Id]);
        var document = await app.AddDocumentAsync("NL", author, TlpMarking.Red, ReleaseState.Released, red: [named.Id]);
        var namedClient = await app.SignInAsync(named);
        var colleague = await app.SignInAsync(await app.CreateMemberAsync("GB", Roles.CountryAdmin));
        var owner = await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false));

        Assert.Equal(HttpStatusCode.OK, (await namedClient.GetAsync($"/Knowledge/Interventions/{item.Slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await namedClient.GetAsync($"/api/knowledge/documents/{document.Id}/content", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/knowledge/interventions/{item.Id}", Ct)).StatusCode);
        await AssertInvisibleAsync(colleague, item.Slug, item.Id, item.Name);
        await AssertDocumentInvisibleAsync(colleague, document.Id, document.Title);
    }

    [Fact]
    public async Task NationalDraft_OnlyTheOwningAgencySeesIt()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var item = await app.AddInterventionAsync("NL", author, TlpMarking.Clear, ReleaseState.NationalDraft);
        var document = await app.AddDocumentAsync("NL", author, TlpMarking.Clear, ReleaseState.NationalDraft);
        var colleague = await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.CaseWorker));
        var other = await app.SignInAsync(await app.CreateMemberAsync("GB", Roles.CountryAdmin));

        var page = await colleague.GetStringAsync($"/Knowledge/Interventions/{item.Slug}", Ct);
        Assert.Contains("National draft", page, StringComparison.Ordinal);
        Assert.Contains(item.Name, await colleague.GetStringAsync("/Knowledge/Drafts", Ct), StringComparison.Ordinal);
        Assert.Contains(document.Title, await colleague.GetStringAsync("/Knowledge/Drafts", Ct), StringComparison.Ordinal);
        await AssertInvisibleAsync(other, item.Slug, item.Id, item.Name);
        await AssertDocumentInvisibleAsync(other, document.Id, document.Title);
        Assert.DoesNotContain(item.Name, await other.GetStringAsync("/Knowledge/Drafts", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerMember_SeesClearAndGreenOnly()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var clear = await app.AddInterventionAsync("NL", author, TlpMarking.Clear, ReleaseState.Released);
        var green = await app.AddInterventionAsync("NL", author, TlpMarking.Green, ReleaseState.Released);
        var amber = await app.AddInterventionAsync("NL", author, TlpMarking.Amber, ReleaseState.Released, amber: ["GB"]);
        var draft = await app.AddInterventionAsync("NL", author, TlpMarking.Green, ReleaseState.NationalDraft);
        var partnerId = Guid.NewGuid();
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(new PartnerOrganisation { Id = partnerId, Name = $"Club {partnerId:N}", Kind = PartnerKind.Ngo, AgencyCode = "NL" });
            await db.SaveChangesAsync(Ct);
        });
        var partner = await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PartnerContributor, twoFactor: false, partnerOrganisationId: partnerId));

        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/Knowledge/Interventions/{clear.Slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/Knowledge/Interventions/{green.Slug}", Ct)).StatusCode);
        await AssertInvisibleAsync(partner, amber.Slug, amber.Id, amber.Name);
        await AssertInvisibleAsync(partner, draft.Slug, draft.Id, draft.Name);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignInOnPagesAndGets401FromTheApi()
    {
        var author = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var clear = await app.AddInterventionAsync("NL", author, TlpMarking.Clear, ReleaseState.Released);
        var document = await app.AddDocumentAsync("NL", author, TlpMarking.Clear, ReleaseState.Released);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { $"/Knowledge/Interventions/{clear.Slug}", "/Knowledge/Interventions", "/Knowledge/Documents", $"/Knowledge/Documents/{document.Id}" })
        {
            var response = await anonymous.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Accounts/SignIn", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/knowledge/interventions/{clear.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/knowledge/documents/{document.Id}/content", Ct)).StatusCode);
    }

    private static async Task AssertInvisibleAsync(HttpClient client, string slug, Guid id, string name)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Knowledge/Interventions/{slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/knowledge/interventions/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/knowledge/interventions/by-slug/{slug}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/knowledge/interventions/{id}/translations", Ct)).StatusCode);
        Assert.DoesNotContain(name, await client.GetStringAsync($"/api/knowledge/interventions?search={name}", Ct), StringComparison.Ordinal);
        // The search box repeats the query, so look for the profile's link instead of its name.
        Assert.DoesNotContain($"/Knowledge/Interventions/{slug}\"", await client.GetStringAsync($"/Knowledge/Interventions?search={name}", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await client.GetStringAsync("/Knowledge/Interventions?pageSize=100", Ct), StringComparison.Ordinal);
    }

    private static async Task AssertDocumentInvisibleAsync(HttpClient client, Guid id, string title)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/knowledge/documents/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/knowledge/documents/{id}/content", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Knowledge/Documents/{id}", Ct)).StatusCode);
        Assert.DoesNotContain(title, await client.GetStringAsync("/Knowledge/Documents", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await client.GetStringAsync("/api/knowledge/documents?pageSize=100", Ct), StringComparison.Ordinal);
    }
}
