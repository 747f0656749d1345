using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>
/// A user's search text, bounded and split into words (letters and digits only). Engines build their own query
/// syntax from the words, never from the raw text, so quotes, operators or NEAR( cannot break or change a query.
/// A leading '-' excludes a word, as in web search.
/// </summary>
public sealed record SearchTerms(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Excluded)
{
    public const int MaxTextLength = 300;
    public const int MaxWords = 16;

    // Search-syntax words people type from habit ("ddos AND workshop"); lower-case "and" stays a word.
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "NEAR" };

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? text)
    {
        // Control characters (NUL above all, which PostgreSQL text refuses) carry no words.
        var bounded = new string([.. (text ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        if (bounded.Length > MaxTextLength)
        {
            // Cut at a space, so the last word is not a fragment that matches nothing.
            var cut = bounded.LastIndexOf(' ', MaxTextLength);
            bounded = bounded[..(cut > 0 ? cut : MaxTextLength)];
        }

        var words = new List<string>();
        var excluded = new List<string>();
        var current = new StringBuilder();
        var negate = false;
        var previous = ' ';
        foreach (var c in bounded.Append(' '))
        {
            if (IsWordChar(c))
            {
                current.Append(c);
            }
            else
            {
                if (current.Length > 0 && !Operators.Contains(current.ToString()))
                {
                    Add(negate ? excluded : words, current.ToString().ToLowerInvariant());
                }

                current.Clear();

                // Only "-word" after a space (or at the start) excludes; "DDoS-aanval" is two words.
                negate = c == '-' && char.IsWhiteSpace(previous);
            }

            previous = c;
        }

        return new SearchTerms(bounded, words, excluded);
    }

    private static void Add(List<string> target, string word)
    {
        if (target.Count < MaxWords && !target.Contains(word))
        {
            target.Add(word);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
