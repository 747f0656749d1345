namespace Platform.Web.Features.Knowledge.Search;

/// <summary>An item's words in one language, as handed to the full-text engine.</summary>
public sealed record SearchText(string Language, string Title, string Body)
{
    /// <summary>Long documents are cut: the start of a manual says what it is about, and tsvector has a 1 MB limit.</summary>
    public const int MaxBodyLength = 100_000;

    public static SearchText Of(string language, string title, params string?[] parts) =>
        new(language, Clean(title), Clean(string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)))));

    private static string Clean(string text) => text.Length > MaxBodyLength ? text[..MaxBodyLength] : text;
}

/// <summary>PostgreSQL text-search configurations of the network's languages; others fall back to 'simple'.</summary>
public static class SearchLanguages
{
    private static readonly Dictionary<string, string> Configs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "english",
        ["nl"] = "dutch",
        ["pt"] = "portuguese",
        ["de"] = "german",
        ["fi"] = "finnish",
        ["sv"] = "swedish",
        ["fr"] = "french",
        ["es"] = "spanish",
    };

    public static IReadOnlyCollection<string> AllConfigs { get; } = [.. Configs.Values.Distinct(), "simple"];

    public static string ConfigFor(string language) => Configs.GetValueOrDefault(language.Split('-')[0], "simple");
}
