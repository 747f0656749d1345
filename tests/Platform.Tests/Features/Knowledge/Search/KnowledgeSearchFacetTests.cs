using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>Each facet, combinations, counts that follow the other filters, age overlap and minimum tier.</summary>
public sealed class KnowledgeSearchFacetTests(SearchCatalogueFixture app) : IClassFixture<SearchCatalogueFixture>
{
    private async Task<List<string>> TitlesAsync(KnowledgeQuery query, ShareViewer? viewer = null) =>
        [.. (await app.SearchAsync(query with { PageSize = 100 }, viewer ?? app.Dutch)).Hits.Select(h => h.Title).Order(StringComparer.Ordinal)];

    private static int Count(KnowledgeSearchResult result, string facet, string value) =>
        result.Facet(facet).SingleOrDefault(f => f.Value == value)?.Count ?? 0;

    [Fact]
    public async Task Search_DdosFirstOffenders14To18AtLeastPromising_FindsExactlyTheMatchingProfiles()
    {
        var query = new KnowledgeQuery(OffenceTypes: [OffenceType.DdosForHire], MinimumTier: EvidenceTier.Promising, AgeFrom: 14, AgeTo: 18);

        // Cyber Choices is only Emerging; Booter deterrence is for 19-25; the German draft, AMBER and RED items are not NL's to see.
        Assert.Equal(["First offender workshop", "Hack_Right"], await TitlesAsync(query));
        Assert.Equal(["First offender workshop"], await TitlesAsync(query with { Text = "first offenders DDoS" }));
    }

    [Fact]
    public async Task Search_EachFacetAlone_FiltersOnIt()
    {
        Assert.Equal(["Cyber Choices"], await TitlesAsync(new KnowledgeQuery(Stages: [PreventionStage.Secondary])));
        Assert.Equal(["Ciberjovem"], await TitlesAsync(new KnowledgeQuery(OffenceTypes: [OffenceType.Malware])));
        Assert.Equal(["Ciberjovem", "First offender workshop"], await TitlesAsync(new KnowledgeQuery(MinimumTier: EvidenceTier.Effective)));
        Assert.Equal(["Hack_Right"], await TitlesAsync(new KnowledgeQuery(Countries: ["BE"])));
        Assert.Equal(["Ciberjovem"], await TitlesAsync(new KnowledgeQuery(Languages: ["pt"])));
        Assert.Equal(["Concept leerlijn", "Hack_Right", "Handleiding wijkagenten"], await TitlesAsync(new KnowledgeQuery(Countries: ["nl"])));
    }

    [Fact]
    public async Task Search_SeveralValuesOfOneFacet_AreOrCombined_FacetsAreAndCombined()
    {
        Assert.Equal(["Ciberjovem", "Concept leerlijn", "Cyber Choices"],
            await TitlesAsync(new KnowledgeQuery(Stages: [PreventionStage.Primary, PreventionStage.Secondary])));
        Assert.Equal(["Ciberjovem"],
            await TitlesAsync(new KnowledgeQuery(Stages: [PreventionStage.Primary, PreventionStage.Secondary], Countries: ["PT", "DE"])));
        Assert.Equal(["Booter deterrence", "First offender workshop"],
            await TitlesAsync(new KnowledgeQuery(OffenceTypes: [OffenceType.DdosForHire], Countries: ["DE"], Languages: ["en"])));
    }

    [Fact]
    public async Task Search_AgeRange_MatchesOverlappingProfilesOnly()
    {
        Assert.Equal(["Booter deterrence", "Hack_Right"], await TitlesAsync(new KnowledgeQuery(AgeFrom: 20, AgeTo: 30)));
        Assert.Equal(["Booter deterrence", "Hack_Right"], await TitlesAsync(new KnowledgeQuery(AgeFrom: 19)));
        Assert.Equal(["Concept leerlijn", "Cyber Choices", "Hack_Right"], await TitlesAsync(new KnowledgeQuery(AgeTo: 12)));
        // Reversed bounds are read as the same range; documents without ages never match an age filter.
        Assert.Equal(await TitlesAsync(new KnowledgeQuery(AgeFrom: 14, AgeTo: 16)), await TitlesAsync(new KnowledgeQuery(AgeFrom: 16, AgeTo: 14)));
        Assert.DoesNotContain("Handleiding wijkagenten", await TitlesAsync(new KnowledgeQuery(AgeFrom: 0, AgeTo: 99)));
    }

    [Fact]
    public async Task Search_MinimumTier_IncludesBetterTiers()
    {
        Assert.Equal(["Booter deterrence", "Ciberjovem", "First offender workshop", "Hack_Right"],
            await TitlesAsync(new KnowledgeQuery(MinimumTier: EvidenceTier.Promising)));
        Assert.Equal(["Booter deterrence", "Ciberjovem", "Cyber Choices", "First offender workshop", "Hack_Right"],
            await TitlesAsync(new KnowledgeQuery(MinimumTier: EvidenceTier.Emerging)));
    }

    [Fact]
    public async Task Search_FacetCounts_FollowTheOtherFiltersButNotTheirOwn()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(OffenceTypes: [OffenceType.DdosForHire], Stages: [PreventionStage.Tertiary]), app.Dutch);

        Assert.Equal(3, result.Total); // Hack_Right, workshop, booter deterrence
        // Stage counts ignore the stage filter but keep the DDoS filter.
        Assert.Equal(3, Count(result, KnowledgeFacets.Stage, "Tertiary"));
        Assert.Equal(1, Count(result, KnowledgeFacets.Stage, "Secondary"));
        Assert.Equal(0, Count(result, KnowledgeFacets.Stage, "Primary"));
        // Offence counts ignore the offence filter but keep the Tertiary filter.
        Assert.Equal(3, Count(result, KnowledgeFacets.OffenceType, "DdosForHire"));
        Assert.Equal(1, Count(result, KnowledgeFacets.OffenceType, "Hacking"));
        Assert.Equal(0, Count(result, KnowledgeFacets.OffenceType, "Malware"));
        // Tier counts are "at least": Promising counts Promising and Effective.
        Assert.Equal(3, Count(result, KnowledgeFacets.Tier, "Promising"));
        Assert.Equal(1, Count(result, KnowledgeFacets.Tier, "Effective"));
        Assert.Equal(2, Count(result, KnowledgeFacets.Country, "DE"));
        Assert.Equal(1, Count(result, KnowledgeFacets.Country, "BE"));
        Assert.Equal(1, Count(result, KnowledgeFacets.Language, "nl"));
    }

    [Fact]
    public async Task Search_OtherAgencysDraftAmberAndRedItems_NeverAppearInResultsOrCounts()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(PageSize: 100), app.Dutch);
        var ddos = await app.SearchAsync(new KnowledgeQuery("DDoS pilot diversion booterdiensten geheimer", PageSize: 100), app.Dutch);

        Assert.DoesNotContain(result.Hits, h => h.OwnerAgencyCode == "DE" && h.Title is "Secret pilot" or "Amber exchange" or "Red exchange" or "Interner Bericht");
        Assert.Equal(0, ddos.Total);
        // Only the hidden German items have account theft and Sweden as an adopter: counts must not leak them.
        Assert.Equal(0, Count(result, KnowledgeFacets.OffenceType, "AccountTheft"));
        Assert.DoesNotContain(result.Facet(KnowledgeFacets.Country), f => f.Value == "SE");
        Assert.Equal(2, Count(result, KnowledgeFacets.Country, "DE"));
    }

    [Fact]
    public async Task Search_OwnAgency_SeesItsDraftsAndAmberRecipientSeesAmber()
    {
        Assert.Contains("Concept leerlijn", await TitlesAsync(new KnowledgeQuery(), app.Dutch));
        Assert.DoesNotContain("Concept leerlijn", await TitlesAsync(new KnowledgeQuery(), app.German));
        Assert.Contains("Secret pilot", await TitlesAsync(new KnowledgeQuery(), app.German));
        Assert.Contains("Interner Bericht", await TitlesAsync(new KnowledgeQuery("geheimer"), app.German));

        var finnish = await TitlesAsync(new KnowledgeQuery(OffenceTypes: [OffenceType.AccountTheft]), app.Finnish);
        Assert.Equal(["Amber exchange"], finnish);
        var red = await TitlesAsync(new KnowledgeQuery(OffenceTypes: [OffenceType.AccountTheft]), new ShareViewer(SearchCatalogueFixture.RedMemberId, "GB"));
        Assert.Equal(["Red exchange"], red);
    }

    [Fact]
    public async Task Search_Partner_SeesReleasedClearAndGreenOnly()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(PageSize: 100), app.Partner);

        Assert.Equal(["Booter deterrence", "Ciberjovem", "Cyber Choices", "First offender workshop", "Hack_Right", "Handleiding wijkagenten"],
            result.Hits.Select(h => h.Title).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, h => Assert.True(h.ReleaseState == ReleaseState.Released && h.Tlp is TlpMarking.Clear or TlpMarking.Green));
        Assert.Equal(0, Count(result, KnowledgeFacets.OffenceType, "AccountTheft"));
    }

    [Fact]
    public async Task Search_Anonymous_SeesReleasedClearOnly()
    {
        var result = await app.SearchAsync(new KnowledgeQuery(), ShareViewer.Anonymous);

        Assert.Equal(["Cyber Choices"], result.Hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Search_Paging_ReturnsPagesOfTheSameOrderedHits()
    {
        var all = await TitlesAsync(new KnowledgeQuery());
        var first = await app.SearchAsync(new KnowledgeQuery(PageSize: 3), app.Dutch);
        var third = await app.SearchAsync(new KnowledgeQuery(Page: 3, PageSize: 3), app.Dutch);

        Assert.Equal(7, first.Total);
        Assert.Equal(3, first.Hits.Count);
        Assert.Single(third.Hits);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(all.Count, first.Total);
    }
}
