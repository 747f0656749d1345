using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Network;

public sealed class AgencyAdminTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("XX", "Europe/Oslo", "nb", "Code")]
    [InlineData("N0", "Europe/Oslo", "nb", "Code")]
    [InlineData("NO", "Mars/Olympus_Mons", "nb", "TimeZone")]
    [InlineData("NO", "Europe/Oslo", "zz", "DefaultLanguage")]
    public async Task CreateAgency_InvalidField_IsRefusedWithThatField(string code, string timeZone, string language, string field)
    {
        var client = await NetworkAdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/network/agencies",
            new { code, name = "Test team (demo)", timeZone, defaultLanguage = language }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync(Ct));
        await app.WithSystemDbAsync(async db => Assert.False(await db.Agencies.AnyAsync(a => a.Code == code.ToUpperInvariant() && a.Name == "Test team (demo)", Ct)));
    }

    [Fact]
    public async Task CreateAgency_Valid_StoresItWithCountryNameFromRegion_AndRefusesDuplicate()
    {
        var client = await NetworkAdminClientAsync();
        var body = new { code = "ie", name = "Cyber Prevention Team — Ireland (test)", timeZone = "Europe/Dublin", defaultLanguage = "en", website = "https://ie.cop.example" };

        var created = await client.PostAsJsonAsync("/api/network/agencies", body, Ct);
        var duplicate = await client.PostAsJsonAsync("/api/network/agencies", body, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        await app.WithSystemDbAsync(async db =>
        {
            var agency = await db.Agencies.SingleAsync(a => a.Code == "IE", Ct);
            Assert.Equal("Ireland", agency.CountryName);
            Assert.Equal("Europe/Dublin", agency.TimeZone);
        });
    }

    [Fact]
    public async Task EditPage_UnknownTimeZone_ShowsTheErrorNextToTheField()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.NetworkAdmin);
        var client = await app.SignInAsync(admin);

        var response = await client.PostFormAsync("/Network/Agencies/Edit", new()
        {
            ["Input.Code"] = "LU",
            ["Input.Name"] = "Prevention team Luxembourg (test)",
            ["Input.TimeZone"] = "Atlantis/Capital",
            ["Input.DefaultLanguage"] = "fr",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("This time zone is not known", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_TimeZone\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_Agency_HidesItFromTheDirectory()
    {
        await app.EnsureAgencyAsync("SE", "Sweden");
        var client = await NetworkAdminClientAsync();

        var response = await client.PostAsync("/api/network/agencies/SE/deactivate", null, Ct);
        var directory = await client.GetFromJsonAsync<JsonElement>("/api/network/agencies?country=SE", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, directory.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CreateAgency_ByCountryAdmin_IsForbidden()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.CountryAdmin);
        var client = await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Teams");

        var response = await client.PostAsJsonAsync("/api/network/agencies",
            new { code = "AT", name = "Team Austria", timeZone = "Europe/Vienna", defaultLanguage = "de" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpClient> NetworkAdminClientAsync()
    {
        var admin = await app.CreateMemberAsync("NL", Roles.NetworkAdmin);
        return await (await app.SignInAsync(admin)).WithCsrfAsync("/Network/Agencies/Edit");
    }
}
