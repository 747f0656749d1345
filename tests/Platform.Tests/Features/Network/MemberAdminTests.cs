using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed class MemberAdminTests(AuditedAppFactory app) : IClassFixture<AuditedAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MembersPage_CountryAdmin_SeesOnlyOwnAgencyMembers()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var colleague = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var foreign = await app.CreateMemberAsync("BE", Roles.PreventionOfficer);
        var client = await app.SignInAsync(admin);

        var page = await client.GetStringAsync("/Network/Members?status=All", Ct);
        var api = await client.GetFromJsonAsync<JsonElement>("/api/network/members?status=All&pageSize=100", Ct);

        Assert.Contains(colleague.DisplayName, page, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.DisplayName, page, StringComparison.Ordinal);
        var ids = api.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains(colleague.Id, ids);
        Assert.DoesNotContain(foreign.Id, ids);
    }

    [Fact]
    public async Task MemberOfOtherAgency_PageAndApi_Answer404AndStayUnchanged()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var own = await app.CreateMemberAsync("NL", Roles.Viewer, twoFactor: false);
        var foreign = await app.CreateMemberAsync("BE", Roles.PreventionOfficer);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync($"/Network/Members/{own.Id}");

        var page = await client.GetAsync($"/Network/Members/{foreign.Id}", Ct);
        var apiGet = await client.GetAsync($"/api/network/members/{foreign.Id}", Ct);
        var apiPut = await client.PutAsJsonAsync($"/api/network/members/{foreign.Id}",
            new { roles = new[] { Roles.Viewer }, listedInDirectory = true }, Ct);
        var apiDeactivate = await client.PostAsync($"/api/network/members/{foreign.Id}/deactivate", null, Ct);
        var pagePost = await client.PostFormAsync($"/Network/Members/{foreign.Id}", new()
        {
            ["Input.Roles"] = Roles.Viewer,
            ["Input.ListedInDirectory"] = "true",
        }, formPageUrl: $"/Network/Members/{own.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiGet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiPut.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiDeactivate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pagePost.StatusCode);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByIdAsync(foreign.Id);
            Assert.False(member!.ListedInDirectory);
            Assert.Null(member.DeactivatedAt);
            Assert.Equal([Roles.PreventionOfficer], await users.GetRolesAsync(member));
        });
    }

    [Fact]
    public async Task UpdateMember_CountryAdminGrantsNetworkAdmin_IsRefused()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync($"/Network/Members/{officer.Id}");

        var api = await client.PutAsJsonAsync($"/api/network/members/{officer.Id}",
            new { roles = new[] { Roles.PreventionOfficer, Roles.NetworkAdmin } }, Ct);
        var unknown = await client.PutAsJsonAsync($"/api/network/members/{officer.Id}",
            new { roles = new[] { "SuperUser" } }, Ct);
        var page = await client.PostFormAsync($"/Network/Members/{officer.Id}", new() { ["Input.Roles"] = Roles.NetworkAdmin });

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("network admin", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Only a network admin can grant", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal([Roles.PreventionOfficer], await RolesOfAsync(officer.Id));
    }

    [Fact]
    public async Task UpdateMember_CountryAdminGrantsCaseWorker_ChangesRolesAndAudits()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(admin);

        var response = await client.PostFormAsync($"/Network/Members/{officer.Id}", new()
        {
            ["Input.Roles"] = Roles.CaseWorker,
            ["Input.JobTitle"] = "Case worker (test)",
            ["Input.ListedInDirectory"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.CaseWorker], await RolesOfAsync(officer.Id));
        Assert.Contains(app.Audit.Events, e => e.Action == "member.updated" && e.RecordId == officer.Id);
        Assert.Contains(app.Audit.Events, e => e.Action == "member.viewed" && e.RecordId == officer.Id);
    }

    [Fact]
    public async Task UpdateMember_NetworkAdminGrantsNetworkAdmin_IsAllowed()
    {
        var networkAdmin = await app.CreateMemberAsync("NL", Roles.NetworkAdmin);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await (await app.SignInAsync(networkAdmin)).WithCsrfAsync($"/Network/Members/{officer.Id}");

        var response = await client.PutAsJsonAsync($"/api/network/members/{officer.Id}",
            new { roles = new[] { Roles.PreventionOfficer, Roles.NetworkAdmin } }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Roles.NetworkAdmin, Roles.PreventionOfficer], (await RolesOfAsync(officer.Id)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deactivate_Member_RefusesSignInUntilReactivated()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(admin);
        var stampBefore = await StampOfAsync(officer.Id);

        var deactivate = await client.PostFormAsync($"/Network/Members/{officer.Id}?handler=Active", new() { ["active"] = "false" },
            formPageUrl: $"/Network/Members/{officer.Id}");

        Assert.Equal(HttpStatusCode.Redirect, deactivate.StatusCode);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignInAsync(officer));
        Assert.Contains("locked", refused.Message, StringComparison.Ordinal);
        Assert.NotEqual(stampBefore, await StampOfAsync(officer.Id));
        Assert.Contains(app.Audit.Events, e => e.Action == "member.deactivated" && e.RecordId == officer.Id);

        var reactivate = await client.PostFormAsync($"/Network/Members/{officer.Id}?handler=Active", new() { ["active"] = "true" },
            formPageUrl: $"/Network/Members/{officer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, reactivate.StatusCode);
        await app.SignInAsync(officer);
    }

    [Fact]
    public async Task Deactivate_OwnAccount_IsRefused()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync($"/Network/Members/{admin.Id}");

        var response = await client.PostAsync($"/api/network/members/{admin.Id}/deactivate", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await app.WithSystemDbAsync(async db => Assert.Null((await db.Users.FindAsync(admin.Id))!.DeactivatedAt));
    }

    [Fact]
    public async Task MembersAdmin_OfficerWithoutAdminRole_IsForbidden()
    {
        var officer = await app.CreateMemberAsync("NL", Roles.PreventionOfficer);
        var client = await app.SignInAsync(officer);

        var page = await client.GetAsync("/Network/Members", Ct);
        var api = await client.GetAsync("/api/network/members", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("AccessDenied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    private async Task<IList<string>> RolesOfAsync(string memberId) =>
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            return await users.GetRolesAsync((await users.FindByIdAsync(memberId))!);
        });

    private async Task<string?> StampOfAsync(string memberId) =>
        await app.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<Member>>().FindByIdAsync(memberId))!.SecurityStamp);
}
