using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// Reads the UI strings from the source files, by the same rules as scripts/i18n-keys.py: the English text in
/// L["..."] / localizer["..."], ErrorMessage = "..." and [Display(Name = "...")] is the key.
/// </summary>
internal static partial class LocalizationKeys
{
    /// <summary>Folders whose every key must be translated into every language. A module joins when it is translated.</summary>
    public static readonly string[] TranslatedFolders =
    [
        "src/Platform.Web/Features/Shared",
        "src/Platform.Web/Features/Home",
        "src/Platform.Web/Features/Accounts",
        "src/Platform.Web/Features/Cases",
    ];

    public const string WebProject = "src/Platform.Web";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every key used in the .cs and .cshtml files in <paramref name="paths"/> (folders or files, relative to the repository root).</summary>
    public static IReadOnlySet<string> Extract(params string[] paths) =>
        SourceFiles(paths)
            .Select(File.ReadAllText)
            .SelectMany(text => KeyPatterns().SelectMany(pattern => pattern.Matches(text)))
            .Select(m => Unescape(m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What a resx entry may translate: every key, plus every string literal of the C# files, because a key looked
    /// up at run time (L[RoleRules.Label(role)]) is still a literal somewhere.
    /// </summary>
    public static IReadOnlySet<string> KnownTexts()
    {
        var texts = new HashSet<string>(Extract(WebProject), StringComparer.Ordinal);
        foreach (var file in SourceFiles([WebProject]).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            texts.UnionWith(CSharpLiteral().Matches(File.ReadAllText(file))
                .Where(m => m.Groups[1].Success)
                .Select(m => Unescape(m.Groups[1].Value)));
        }

        return texts;
    }

    /// <summary>The entries of Resources/SharedResource.{language}.resx (name → value), refusing duplicates.</summary>
    public static IReadOnlyDictionary<string, string> ReadResx(string language)
    {
        var path = Path.Combine(RepositoryRoot, WebProject, "Resources", $"SharedResource.{language}.resx");
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(path, LoadOptions.PreserveWhitespace).Root!.Elements("data"))
        {
            var name = (string?)data.Attribute("name") ?? throw new InvalidDataException($"{path}: <data> without a name.");
            if (!entries.TryAdd(name, (string?)data.Element("value") ?? ""))
            {
                throw new InvalidDataException($"{path}: duplicate entry '{name}'.");
            }
        }

        return entries;
    }

    /// <summary>The numbers of the {n} placeholders, e.g. "{1} of {0:N0}" → [0, 1].</summary>
    public static IReadOnlyList<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    private static IEnumerable<string> SourceFiles(IEnumerable<string> paths) =>
        paths
            .Select(path => Path.Combine(RepositoryRoot, path))
            .SelectMany(path => File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string Unescape(string literal) => Escape().Replace(literal, m => m.Groups[1].Value switch
    {
        ['u' or 'U' or 'x', .. var hex] => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
        "n" => "\n",
        "r" => "\r",
        "t" => "\t",
        "0" => "\0",
        var other => other,
    });

    private static Regex[] KeyPatterns() => [LocalizerKey(), ErrorMessageKey(), DisplayNameKey()];

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.slnx above {AppContext.BaseDirectory}: the tests read the source files.");
    }

    private const string StringLiteral = """
        "((?:[^"\\\n]|\\.)*)"
        """;

    [GeneratedRegex("""(?<![\w.])(?:L|\w*[lL]ocalizer)\s*\[\s*""" + StringLiteral)]
    private static partial Regex LocalizerKey();

    [GeneratedRegex("""(?<![\w.])ErrorMessage\s*=\s*""" + StringLiteral)]
    private static partial Regex ErrorMessageKey();

    [GeneratedRegex("""(?<![\w.])Display\s*\((?:[^()"]*,\s*)?Name\s*=\s*""" + StringLiteral)]
    private static partial Regex DisplayNameKey();

    // Raw, verbatim and char literals and comments come first, so that only regular string literals fill group 1.
    [GeneratedRegex(""""
        """[\s\S]*?"""|@"(?:[^"]|"")*"|'(?:[^'\\\n]|\\.)+'|//[^\n]*|
        """" + StringLiteral)]
    private static partial Regex CSharpLiteral();

    [GeneratedRegex(@"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|.)")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
