using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed class TeamAndPartnerTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Teams_CreateRenameDelete_WithinOwnAgency()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Teams");

        var created = await client.PostAsJsonAsync("/api/network/teams", new { name = $"Outreach {Guid.NewGuid():N}" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await app.UpdateMemberAsync(officer.Id, m => m.TeamId = id);
        var renamed = await client.PutAsJsonAsync($"/api/network/teams/{id}", new { name = "Outreach East" }, Ct);
        var deleted = await client.DeleteAsync($"/api/network/teams/{id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            Assert.False(await db.Teams.AnyAsync(t => t.Id == id, Ct));
            Assert.Null((await db.Users.SingleAsync(m => m.Id == officer.Id, Ct)).TeamId);
        });
    }

    [Fact]
    public async Task Teams_OfOtherAgency_Answer404AndStay()
    {
        await app.EnsureAgencyAsync("BE");
        var team = new Team { AgencyCode = "BE", Name = $"Brussels {Guid.NewGuid():N}" };
        await app.WithSystemDbAsync(async db =>
        {
            db.Teams.Add(team);
            await db.SaveChangesAsync(Ct);
        });
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Teams");

        var rename = await client.PutAsJsonAsync($"/api/network/teams/{team.Id}", new { name = "Taken over" }, Ct);
        var delete = await client.DeleteAsync($"/api/network/teams/{team.Id}", Ct);
        var list = await client.GetStringAsync("/Network/Teams", Ct);

        Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.DoesNotContain(team.Name, list, StringComparison.Ordinal);
        await app.WithSystemDbAsync(async db => Assert.Equal(team.Name, (await db.Teams.SingleAsync(t => t.Id == team.Id, Ct)).Name));
    }

    [Fact]
    public async Task Partners_CountryAdmin_CreatesSponsoredPartnerButNotANetworkWideOne()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Partners/Edit");
        var name = $"Ethical Hackers Club {Guid.NewGuid():N}";

        var sponsored = await client.PostAsJsonAsync("/api/network/partners", new { name, kind = "Ngo" }, Ct);
        var networkWide = await client.PostAsJsonAsync("/api/network/partners", new { name = name + " 2", kind = "Secretariat", networkWide = true }, Ct);

        Assert.Equal(HttpStatusCode.Created, sponsored.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, networkWide.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            Assert.Equal("NL", (await db.PartnerOrganisations.SingleAsync(p => p.Name == name, Ct)).AgencyCode);
            Assert.False(await db.PartnerOrganisations.AnyAsync(p => p.Name == name + " 2", Ct));
        });
    }

    [Fact]
    public async Task Partners_SponsoredByOtherAgency_CannotBeEditedButAreListed()
    {
        await app.EnsureAgencyAsync("SE");
        var partner = new PartnerOrganisation { Name = $"Game Studio {Guid.NewGuid():N}", Kind = PartnerKind.Company, AgencyCode = "SE" };
        await app.WithSystemDbAsync(async db =>
        {
            db.PartnerOrganisations.Add(partner);
            await db.SaveChangesAsync(Ct);
        });
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Partners/Edit");

        var edit = await client.PutAsJsonAsync($"/api/network/partners/{partner.Id}", new { name = "Renamed", kind = "Company" }, Ct);
        var editPage = await client.GetAsync($"/Network/Partners/Edit/{partner.Id}", Ct);
        var list = await client.GetStringAsync("/Network/Partners", Ct);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editPage.StatusCode);
        Assert.Contains(partner.Name, list, StringComparison.Ordinal);
    }
}
