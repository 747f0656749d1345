using Platform.Web.Features.Knowledge.Search;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>Snippets cut in memory: the window with the most query words, highlighted by the ranking's word rule.</summary>
public sealed class SearchSnippetTests
{
    private static IReadOnlyList<SnippetPart>? Build(string text, params string[] others) =>
        SearchSnippet.Build([.. others], SearchRanker.FoldWords(SearchTerms.Parse(text).Words));

    private static string Marked(IReadOnlyList<SnippetPart> parts) =>
        string.Concat(parts.Select(p => p.Match ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Build_ShortText_HighlightsEveryMatchKeepingOriginalCaseAndPunctuation()
    {
        var parts = Build("ddos workshop", "A DDoS workshop for first offenders.")!;

        Assert.Equal("A [DDoS] [workshop] for first offenders.", Marked(parts));
    }

    [Fact]
    public void Build_LongText_PicksTheWindowHoldingMostQueryWordsWithEllipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("lorem", 60));
        var text = $"Workshop first. {filler} The ddos workshop runs weekly. {filler}";

        var marked = Marked(Build("ddos workshop", text)!);

        Assert.StartsWith("… lorem lorem The [ddos] [workshop] runs weekly.", marked);
        Assert.EndsWith(" …", marked);
        Assert.Equal(SearchSnippet.WindowWords, marked.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w != "…"));
    }

    [Fact]
    public void Build_FoldedAndPrefixWords_AreHighlightedAsTheRankingCountsThem()
    {
        var marked = Marked(Build("prevencao aanvallers ddo", "Prevenção de ataques; de aanvaller gebruikte DDoS-diensten.")!);

        Assert.Equal("[Prevenção] de ataques; de [aanvaller] gebruikte [DDoS]-diensten.", marked);
    }

    [Fact]
    public void Build_SeveralTexts_TakesTheOneWithMoreDifferentWords()
    {
        var marked = Marked(Build("young offenders", "Young people in schools.", "Jonge daders: young offenders of DDoS.")!);

        Assert.Equal("Jonge daders: [young] [offenders] of DDoS.", marked);
    }

    [Fact]
    public void Build_NoQueryWordInAnyText_IsNull()
    {
        Assert.Null(Build("malware", "A DDoS workshop.", ""));
    }

    [Fact]
    public void Build_ParagraphBreaks_BecomeOneSpace()
    {
        Assert.Equal("First [ddos] paragraph. Second one.", Marked(Build("ddos", "First ddos paragraph.\n\n  Second one.")!));
    }
}
