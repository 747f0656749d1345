using Platform.Web.Features.Knowledge.Search;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>The in-memory order of matched items: title over summary, more query words first, prefixes, folding.</summary>
public sealed class SearchRankerTests
{
    private static SearchCandidate Item(string title, string summary) =>
        new(new KnowledgeSearchEntry { ItemId = Guid.NewGuid(), Title = title, Summary = summary });

    private static double Score(SearchCandidate item, string text) =>
        SearchRanker.Score(item, SearchRanker.FoldWords(SearchTerms.Parse(text).Words));

    [Fact]
    public void Score_WordInTitle_BeatsSameWordInSummary()
    {
        var inTitle = Item("DDoS workshop", "Sessions for young people.");
        var inSummary = Item("Workshop for offenders", "Sessions on DDoS for young people.");

        Assert.True(Score(inTitle, "ddos") > Score(inSummary, "ddos"));
    }

    [Fact]
    public void Score_MoreQueryWords_BeatFewerEvenInTheTitle()
    {
        var both = Item("Diversion programme", "Helps young offenders who ran DDoS attacks.");
        var one = Item("Young people", "A programme for schools.");

        Assert.True(Score(both, "young offenders") > Score(one, "young offenders"));
    }

    [Fact]
    public void Score_Prefix_MatchesLongerWordButLessThanTheWholeWord()
    {
        var item = Item("DDoS workshop", "");
        var other = Item("Workshop", "");

        Assert.True(Score(item, "ddo") > Score(other, "ddo"));
        Assert.True(Score(item, "ddos") > Score(item, "ddo"));
    }

    [Fact]
    public void Score_PluralOfTitleWord_MatchesLikeTheStemmedDatabaseMatch()
    {
        Assert.True(Score(Item("First offender workshop", ""), "offenders") > Score(Item("Booter deterrence", ""), "offenders"));
    }

    [Fact]
    public void Score_AccentsAndCase_AreFolded()
    {
        var item = Item("Ciberjovem", "Prevenção de ataques informáticos.");

        Assert.Equal(Score(item, "PREVENÇÃO informaticos"), Score(item, "prevencao Informáticos"));
        Assert.True(Score(item, "prevencao") > Score(Item("Ciberjovem", "School lessons."), "prevencao"));
    }

    [Fact]
    public void Score_MatchedOnlyOutsideTitleAndSummary_IsStillPositiveAndTheSameForAll()
    {
        // The database matched it in its description or a translation: it ranks after text hits, by title.
        Assert.Equal(Score(Item("Alpha", "Nothing here."), "aanval"), Score(Item("Beta", "Nor here."), "aanval"));
        Assert.True(Score(Item("Alpha", ""), "aanval") > 0);
    }

    [Fact]
    public void Score_IsDeterministic()
    {
        var item = Item("Cyber Choices", "Helping young people make informed choices about cyber attacks.");

        Assert.Equal(Score(item, "cyber choices"), Score(item, "cyber choices"));
    }
}
