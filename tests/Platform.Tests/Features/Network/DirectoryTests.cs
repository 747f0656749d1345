using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed class DirectoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Directory_ListsOnlyActiveMembersWhoOptedIn()
    {
        await app.EnsureAgencyAsync("FI", "Finland");
        var listed = await app.CreateMemberAsync("FI", Roles.PreventionOfficer);
        var unlisted = await app.CreateMemberAsync("FI", Roles.CaseWorker);
        var listedButDeactivated = await app.CreateMemberAsync("FI", Roles.PreventionOfficer);
        await app.UpdateMemberAsync(listed.Id, m => m.ListedInDirectory = true);
        await app.UpdateMemberAsync(listedButDeactivated.Id, m => (m.ListedInDirectory, m.DeactivatedAt) = (true, app.Clock.GetUtcNow()));
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var page = await client.GetStringAsync("/Network/Directory?country=FI", Ct);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/network/agencies?country=FI", Ct);

        Assert.Contains(listed.DisplayName, page, StringComparison.Ordinal);
        Assert.Contains(listed.Email, page, StringComparison.Ordinal);
        Assert.DoesNotContain(unlisted.DisplayName, page, StringComparison.Ordinal);
        Assert.DoesNotContain(listedButDeactivated.DisplayName, page, StringComparison.Ordinal);
        var contacts = api.GetProperty("items")[0].GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("displayName").GetString()).ToList();
        Assert.Equal([listed.DisplayName], contacts);
    }

    [Fact]
    public async Task Directory_SearchAndCountryFilter_NarrowTheList()
    {
        await app.EnsureAgencyAsync("EE", "Estonia");
        await app.EnsureAgencyAsync("DK", "Denmark");
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/network/agencies?search=eston", Ct);
        var filter = await client.GetFromJsonAsync<JsonElement>("/api/network/agencies?country=dk", Ct);

        Assert.Equal(["EE"], search.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(["DK"], filter.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        Assert.Equal(1, filter.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AgencyDetails_ShowsTeamsAndSponsoredPartners_UnknownCodeIs404()
    {
        await app.EnsureAgencyAsync("PT", "Portugal");
        await app.WithSystemDbAsync(async db =>
        {
            db.Teams.Add(new Team { AgencyCode = "PT", Name = "Schools Programme" });
            db.PartnerOrganisations.Add(new PartnerOrganisation { Name = "Lisbon CTF Club (test)", Kind = PartnerKind.Ngo, AgencyCode = "PT" });
            await db.SaveChangesAsync(Ct);
        });
        var viewer = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var client = await app.SignInAsync(viewer);

        var page = await client.GetStringAsync("/Network/Agencies/PT", Ct);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/network/agencies/pt", Ct);
        var missingPage = await client.GetAsync("/Network/Agencies/QQ", Ct);
        var missingApi = await client.GetAsync("/api/network/agencies/QQ", Ct);

        Assert.Contains("Schools Programme", page, StringComparison.Ordinal);
        Assert.Contains("Lisbon CTF Club (test)", page, StringComparison.Ordinal);
        Assert.Equal("Schools Programme", api.GetProperty("teams")[0].GetProperty("name").GetString());
        Assert.Equal("Ngo", api.GetProperty("partners")[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missingPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesNetworkEndpoints()
    {
        var client = app.CreateClient();

        var document = await client.GetStringAsync("/api/openapi/v1.json", Ct);

        foreach (var path in new[] { "/api/network/agencies", "/api/network/members/{id}", "/api/network/invitations/{id}/resend", "/api/network/teams", "/api/network/partners" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Directory_WithoutSignIn_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var page = await client.GetAsync("/Network/Directory", Ct);
        var api = await client.GetAsync("/api/network/agencies", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
