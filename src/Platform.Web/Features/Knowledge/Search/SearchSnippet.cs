using System.Globalization;
using System.Text;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>A piece of a snippet; <see cref="Match"/> parts are the words the search found (shown highlighted).</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>
/// Snippets made in memory from an item's texts with the word rule of <see cref="SearchRanker"/> (folded words,
/// exact or prefix): the window of <see cref="WindowWords"/> words holding the most different query words, then the
/// most matches, earliest first. PostgreSQL's ts_headline took about half a millisecond per item, half of a whole
/// search; this takes microseconds, and both databases now highlight the same words the ranking counted.
/// </summary>
public static class SearchSnippet
{
    public const int WindowWords = 24;

    // Words shown before the window's first match, so a highlight does not open the snippet without context.
    private const int Lead = 3;

    public static IReadOnlyList<SnippetPart> Plain(string text) => text.Length == 0 ? [] : [new SnippetPart(text, false)];

    /// <summary>The best window over all the texts, or null when none holds a query word (folded, <see cref="SearchRanker.FoldWords"/>).</summary>
    public static IReadOnlyList<SnippetPart>? Build(IEnumerable<string> texts, IReadOnlyList<string> words)
    {
        Window? best = null;
        foreach (var text in texts)
        {
            if (BestWindow(text, Tokenize(text, words)) is { } window && (best is null || window.IsBetterThan(best)))
            {
                best = window;
            }
        }

        return best?.Parts();
    }

    private static List<Token> Tokenize(string text, IReadOnlyList<string> words)
    {
        var tokens = new List<Token>();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < text.Length && IsWordChar(text[i]))
            {
                ascii &= char.IsAscii(text[i]);
                i++;
            }

            var raw = text.AsSpan(start, i - start);
            ReadOnlySpan<char> folded = ascii && raw.Length <= buffer.Length
                ? buffer[..raw.ToLowerInvariant(buffer)]
                : string.Concat(SearchRanker.Fold(raw.ToString())).AsSpan();
            tokens.Add(new Token(start, raw.Length, MatchedWord(folded, words)));
        }

        return tokens;
    }

    private static int MatchedWord(ReadOnlySpan<char> token, IReadOnlyList<string> words)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (SearchRanker.Matches(token, words[w]))
            {
                return w;
            }
        }

        return -1;
    }

    private static Window? BestWindow(string text, List<Token> tokens)
    {
        Window? best = null;
        for (var anchor = 0; anchor < tokens.Count; anchor++)
        {
            if (tokens[anchor].Word < 0)
            {
                continue;
            }

            var start = Math.Max(0, anchor - Lead);
            var end = Math.Min(tokens.Count, start + WindowWords);
            long covered = 0;
            var matches = 0;
            for (var t = anchor; t < end; t++)
            {
                if (tokens[t].Word >= 0)
                {
                    covered |= 1L << (tokens[t].Word % 64);
                    matches++;
                }
            }

            var window = new Window(text, tokens, start, end, long.PopCount(covered), matches);
            if (best is null || window.IsBetterThan(best))
            {
                best = window;
            }
        }

        return best;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private readonly record struct Token(int Start, int Length, int Word)
    {
        public int End => Start + Length;
    }

    private sealed record Window(string Text, List<Token> Tokens, int Start, int End, long Distinct, int Matches)
    {
        public bool IsBetterThan(Window other) => Distinct > other.Distinct || (Distinct == other.Distinct && Matches > other.Matches);

        public List<SnippetPart> Parts()
        {
            var parts = new List<SnippetPart>();
            var plain = new StringBuilder(Start > 0 ? "… " : "");
            var position = Tokens[Start].Start;
            for (var t = Start; t < End; t++)
            {
                var token = Tokens[t];
                if (token.Word < 0)
                {
                    continue;
                }

                AppendCollapsed(plain, Text.AsSpan(position, token.Start - position));
                if (plain.Length > 0)
                {
                    parts.Add(new SnippetPart(plain.ToString(), false));
                    plain.Clear();
                }

                parts.Add(new SnippetPart(Text.Substring(token.Start, token.Length), true));
                position = token.End;
            }

            // Up to the end of the last word, with the punctuation that closes it ("attacks." not "attacks").
            var finish = Tokens[End - 1].End;
            while (finish < Text.Length && !char.IsWhiteSpace(Text[finish]) && !IsWordChar(Text[finish]))
            {
                finish++;
            }

            AppendCollapsed(plain, Text.AsSpan(position, Math.Max(0, finish - position)));
            plain.Append(End < Tokens.Count ? " …" : "");
            if (plain.Length > 0)
            {
                parts.Add(new SnippetPart(plain.ToString(), false));
            }

            return parts;
        }

        // Texts are paragraphs joined by blank lines; a snippet is one line.
        private static void AppendCollapsed(StringBuilder target, ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    target.Append(c);
                }
                else if (target.Length == 0 || target[^1] != ' ')
                {
                    target.Append(' ');
                }
            }
        }
    }
}
