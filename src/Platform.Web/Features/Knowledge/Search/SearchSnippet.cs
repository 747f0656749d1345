namespace Platform.Web.Features.Knowledge.Search;

/// <summary>A piece of a snippet; <see cref="Match"/> parts are the words the search found (shown highlighted).</summary>
public sealed record SnippetPart(string Text, bool Match);

public static class SearchSnippet
{
    /// <summary>Markers the engines put around matches; control characters never appear in indexed text.</summary>
    public const char Start = '\u0002';

    public const char End = '\u0003';

    public static IReadOnlyList<SnippetPart> Parse(string marked)
    {
        var parts = new List<SnippetPart>();
        var rest = marked.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOf(Start);
            if (start < 0)
            {
                parts.Add(new SnippetPart(rest.ToString(), false));
                break;
            }

            if (start > 0)
            {
                parts.Add(new SnippetPart(rest[..start].ToString(), false));
            }

            rest = rest[(start + 1)..];
            var end = rest.IndexOf(End);
            var match = end < 0 ? rest : rest[..end];
            if (!match.IsEmpty)
            {
                parts.Add(new SnippetPart(match.ToString(), true));
            }

            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        return parts;
    }

    public static IReadOnlyList<SnippetPart> Plain(string text) => text.Length == 0 ? [] : [new SnippetPart(text, false)];
}
