using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// Orders the items the database matched, in memory, from the title and summary every snapshot entry holds:
/// ranking in the database (ts_rank_cd) reads each matching row's whole vector, ~40 µs a row, too slow for
/// searches that match a thousand profiles. The database still decides WHAT matches (stemming, languages, the
/// full texts); this decides only the order. BM25-like per query word (saturating term frequency, length
/// normalised) on lower-cased, diacritics-folded tokens, a title hit weighing three summary hits; items that hold
/// more of the query words come first. No corpus statistics: an item's rank depends on its own text only, so it
/// does not change with the facets, and items a viewer may not see cannot move the ones they can.
/// </summary>
public static class SearchRanker
{
    private const double TitleWeight = 3;
    private const double SummaryWeight = 1;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleAverageLength = 4;
    private const double SummaryAverageLength = 40;

    // A word found in title or summary outweighs any spread of frequency and field (at most 3×2.2 + 2.2 = 8.8).
    private const double CoverageWeight = 10;

    // The database matched every ranked item, so even one matched only in its longer text or a translation ranks > 0.
    private const double Matched = 1;

    /// <summary>Relevance (higher is better) of a matched item for the folded query words (<see cref="Fold"/>).</summary>
    public static double Score(SearchCandidate candidate, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return Matched;
        }

        var covered = 0;
        var weight = 0.0;
        foreach (var word in words)
        {
            var title = Saturated(Frequency(candidate.TitleTokens, word), candidate.TitleTokens.Length, TitleAverageLength);
            var summary = Saturated(Frequency(candidate.SummaryTokens, word), candidate.SummaryTokens.Length, SummaryAverageLength);
            if (title + summary > 0)
            {
                covered++;
            }

            weight += (TitleWeight * title) + (SummaryWeight * summary);
        }

        return Matched + (CoverageWeight * covered) + (weight / words.Count);
    }

    /// <summary>Lower-cased, diacritics-removed words of letters and digits ("Prevenção" → "prevencao").</summary>
    public static string[] Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                Flush(tokens, current);
            }
        }

        Flush(tokens, current);
        return [.. tokens];
    }

    public static string[] FoldWords(IEnumerable<string> words) => [.. words.SelectMany(Fold).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Exact token 1; a token the word begins ("ddo" → "ddos") or a word that is the token plus a short ending
    /// ("offenders" → "offender", the database's stemming light) ¾.
    /// </summary>
    private static double Frequency(string[] tokens, string word)
    {
        var frequency = 0.0;
        foreach (var token in tokens)
        {
            if (Matches(token, word))
            {
                frequency += token.Length == word.Length ? 1 : 0.75;
            }
        }

        return frequency;
    }

    /// <summary>Whether a folded token counts as the folded query word (the rule of <see cref="Frequency"/>, also used for snippets).</summary>
    internal static bool Matches(ReadOnlySpan<char> token, string word) =>
        token.Length == word.Length ? token.SequenceEqual(word) : IsPrefixMatch(token, word);

    private static bool IsPrefixMatch(ReadOnlySpan<char> token, string word) =>
        token.Length > word.Length
            ? token.StartsWith(word, StringComparison.Ordinal)
            : token.Length >= 4 && word.Length - token.Length <= 2 && word.AsSpan().StartsWith(token, StringComparison.Ordinal);

    private static double Saturated(double frequency, int length, double averageLength) =>
        frequency == 0 ? 0 : frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * length / averageLength))));

    private static void Flush(List<string> tokens, StringBuilder current)
    {
        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
            current.Clear();
        }
    }
}
