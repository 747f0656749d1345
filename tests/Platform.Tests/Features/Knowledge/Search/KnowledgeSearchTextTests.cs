using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Search;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>Words in several languages, stemming (PostgreSQL), prefixes (both), documents, snippets and odd input.</summary>
public sealed class KnowledgeSearchTextTests(SearchCatalogueFixture app) : IClassFixture<SearchCatalogueFixture>
{
    private async Task<List<string>> TitlesAsync(string text) =>
        [.. (await app.SearchAsync(new KnowledgeQuery(text, PageSize: 100), app.Dutch)).Hits.Select(h => h.Title)];

    [Fact]
    public async Task Search_DutchWordPrefix_FindsInterventionByItsDutchText()
    {
        Assert.Equal(["Hack_Right"], await TitlesAsync("aanval"));
        Assert.Equal(["Hack_Right"], await TitlesAsync("leertraj"));
    }

    [Fact]
    public async Task Search_DutchInflectedForm_FindsStemOnPostgres()
    {
        Assert.SkipUnless(app.Database.IsPostgres, "Stemming is PostgreSQL's (dutch configuration); FTS5 matches prefixes only.");

        // "aanvallers" (plural) is stemmed like the text's "aanvaller"; "jongere" like "jongeren" in the manual.
        Assert.Equal(["Hack_Right"], await TitlesAsync("aanvallers"));
        Assert.Contains("Handleiding wijkagenten", await TitlesAsync("jongere"));
        Assert.Contains("Cyber Choices", await TitlesAsync("attacking"));
    }

    [Fact]
    public async Task Search_PortugueseWords_FindsPortugueseTextWithAndWithoutAccents()
    {
        Assert.Equal(["Ciberjovem"], await TitlesAsync("ataque informáticos"));
        Assert.Equal(["Ciberjovem"], await TitlesAsync("Prevenção escolas"));
        if (!app.Database.IsPostgres)
        {
            // FTS5 folds diacritics (remove_diacritics 2), so an unaccented keyboard finds it too.
            Assert.Equal(["Ciberjovem"], await TitlesAsync("prevencao"));
        }
    }

    [Fact]
    public async Task Search_EnglishWords_AllMustMatchAndMinusExcludes()
    {
        Assert.Equal(["First offender workshop"], await TitlesAsync("DDoS workshop"));
        Assert.DoesNotContain("First offender workshop", await TitlesAsync("DDoS -workshop"));
        Assert.Contains("Cyber Choices", await TitlesAsync("informed choices"));
    }

    [Fact]
    public async Task Search_DocumentText_FindsDocumentWithLinkAndHighlightedSnippet()
    {
        var result = await app.SearchAsync(new KnowledgeQuery("booterdiensten"), app.Dutch);

        var hit = Assert.Single(result.Hits);
        Assert.Equal(KnowledgeItemKind.Document, hit.Kind);
        Assert.Equal($"/Knowledge/Documents/{app.DutchManual.Id}", hit.Url);
        Assert.Contains(hit.Snippet, p => p.Match && p.Text.Contains("booterdiensten", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_Intervention_LinksToProfileBySlugAndRanksTitleMatchFirst()
    {
        var result = await app.SearchAsync(new KnowledgeQuery("choices"), app.Dutch);

        var hit = result.Hits[0];
        Assert.Equal("Cyber Choices", hit.Title);
        Assert.Equal($"/Knowledge/Interventions/{app.CyberChoices.Slug}", hit.Url);
        Assert.Contains(hit.Snippet, p => p.Match);
    }

    [Theory]
    [InlineData("first", EvidenceTier.Effective)]
    [InlineData("ddos", EvidenceTier.Effective)]
    [InlineData("young", EvidenceTier.Promising)]
    public async Task Search_TextWithFacet_RanksTheFilteredHitsAsTheTextAloneDoes(string text, EvidenceTier minimum)
    {
        // PostgreSQL ranks only the hits that pass the facets; their ranks and order must not change by it.
        var all = await app.SearchAsync(new KnowledgeQuery(text, PageSize: 100), app.German);
        var filtered = await app.SearchAsync(new KnowledgeQuery(text, MinimumTier: minimum, PageSize: 100), app.German);

        Assert.InRange(filtered.Total, 1, all.Total - 1);
        Assert.Equal(
            all.Hits.Where(h => h.Tier >= minimum).Select(h => (h.Title, h.Rank)),
            filtered.Hits.Select(h => (h.Title, h.Rank)));
        Assert.All(filtered.Hits, h => Assert.True(h.Rank > 0));
    }

    [Fact]
    public async Task Search_TextWithFacet_RanksTitleMatchFirst()
    {
        var result = await app.SearchAsync(new KnowledgeQuery("first", MinimumTier: EvidenceTier.Effective), app.German);

        // "Secret pilot" comes first in title order; the title match "First offender workshop" outranks it.
        Assert.Equal(["First offender workshop", "Secret pilot"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Search_NoText_ListsEverythingVisibleWithPlainSummaries()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(PageSize: 100), app.Dutch);

        Assert.Equal(7, result.Total); // 5 shared interventions + own draft + own manual
        Assert.All(result.Hits, h => Assert.DoesNotContain(h.Snippet, p => p.Match));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"ddos")]
    [InlineData("*")]
    [InlineData("ddos*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(ddos workshop, 2)")]
    [InlineData("-")]
    [InlineData("- -ddos")]
    [InlineData("ddos OR")]
    [InlineData("AND OR NOT")]
    [InlineData("Title:ddos")]
    [InlineData("^ddos")]
    [InlineData("((ddos")]
    [InlineData("'; DROP TABLE \"KnowledgeSearchEntries\"; --")]
    [InlineData("ddos{NUL}workshop")]
    [InlineData("サイバー攻撃 🙂 кибер")]
    [InlineData("a:* & !b | <->")]
    [InlineData("e")]
    public async Task Search_OddInput_GivesResultsOrNothingButNeverFails(string text)
    {
        // A NUL in the test's own name would break the TRX report's XML, so it is spelled out in the data.
        var result = await app.SearchAsync(new KnowledgeQuery(text.Replace("{NUL}", "\0", StringComparison.Ordinal)), app.Dutch);

        Assert.True(result.Total >= 0);
        Assert.All(result.Hits, h => Assert.False(string.IsNullOrEmpty(h.Title)));
    }

    [Fact]
    public async Task Search_TwoThousandCharacters_DoesNotFail()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(string.Concat(Enumerable.Repeat("ddos workshop ", 150))[..2000]), app.Dutch);

        Assert.Contains(result.Hits, h => h.Title == "First offender workshop");
    }

    [Fact]
    public async Task Search_QuotesAndOperatorsAroundWords_StillFindTheWords()
    {
        Assert.Contains("First offender workshop", await TitlesAsync("\"ddos\" AND workshop*"));
    }
}
