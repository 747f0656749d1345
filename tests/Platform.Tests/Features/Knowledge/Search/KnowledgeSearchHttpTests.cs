using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Auth;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>The /Knowledge page and GET /api/knowledge/search answer members with the same search, never with an error.</summary>
public sealed class KnowledgeSearchHttpTests(SearchCatalogueFixture app) : IClassFixture<SearchCatalogueFixture>
{
    private async Task<HttpClient> DutchOfficerAsync() =>
        await app.SignInAsync(await app.CreateMemberAsync("NL", Roles.PreventionOfficer));

    [Fact]
    public async Task Api_DdosQuery_ReturnsHitsFacetsAndTotal()
    {
        var client = await DutchOfficerAsync();

        var json = await client.GetFromJsonAsync<JsonElement>(
            "/api/knowledge/search?offence=DdosForHire&ageFrom=14&ageTo=18&tier=Promising", TestContext.Current.CancellationToken);

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Equal(["First offender workshop", "Hack_Right"],
            json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()).Order(StringComparer.Ordinal));
        Assert.True(json.GetProperty("facets").GetProperty("stage").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("q=%22NEAR(%2A")]
    [InlineData("q=%00")]
    [InlineData("q=ddos&country=&language=")]
    [InlineData("page=-5&pageSize=100000")]
    [InlineData("ageFrom=-3&ageTo=999")]
    public async Task Api_OddParameters_AnswerOk(string query)
    {
        var client = await DutchOfficerAsync();

        var response = await client.GetAsync($"/api/knowledge/search?{query}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Api_UnknownEnumValue_IsBadRequestNotServerError()
    {
        var client = await DutchOfficerAsync();

        var response = await client.GetAsync("/api/knowledge/search?stage=Quaternary", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_Anonymous_IsRefused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/api/knowledge/search?q=ddos", TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"Got {response.StatusCode}");
    }

    [Fact]
    public async Task Page_TextAndFacets_ShowsHighlightedHitsCountAndKeepsFiltersChecked()
    {
        var client = await DutchOfficerAsync();

        var html = await client.GetStringAsync("/Knowledge?q=aanval&offence=DdosForHire&tier=Promising", TestContext.Current.CancellationToken);

        Assert.Contains("Hack_Right", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("1 result", html, StringComparison.Ordinal);
        Assert.Matches("id=\"offence-DdosForHire\"[^>]*checked", html);
        Assert.Matches("<option value=\"Promising\" selected", html);
        Assert.DoesNotContain("Secret pilot", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_NothingFound_ExplainsWhatToTry()
    {
        var client = await DutchOfficerAsync();

        var html = await client.GetStringAsync("/Knowledge?q=zzzyyyxxx&stage=Primary", TestContext.Current.CancellationToken);

        Assert.Contains("Nothing found.", html, StringComparison.Ordinal);
        Assert.Contains("Search again without filters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_HostileText_IsEncodedNotExecuted()
    {
        var client = await DutchOfficerAsync();

        var html = await client.GetStringAsync("/Knowledge?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }
}
