namespace Platform.Web.Features.ApiKeys;

/// <summary>What a key may do: "read" allows GET/HEAD, "write" every other method. A key needs at least one.</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";

    public static readonly IReadOnlyList<string> All = [Read, Write];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>The scope an API-key request with this HTTP method needs.</summary>
    public static string RequiredFor(string httpMethod) =>
        HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod) ? Read : Write;

    public static IReadOnlyList<string> Parse(string scopes) =>
        scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Known scopes in canonical order, duplicates removed.</summary>
    public static string Normalize(IEnumerable<string> scopes)
    {
        var requested = scopes.Select(s => s.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', All.Where(requested.Contains));
    }
}
