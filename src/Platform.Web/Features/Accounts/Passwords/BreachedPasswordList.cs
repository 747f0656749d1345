using System.IO.Compression;

namespace Platform.Web.Features.Accounts.Passwords;

/// <summary>
/// Passwords known from breach corpora (see README.md in this folder). Loaded once from the embedded,
/// gzipped list and kept as a set; registered as a singleton.
/// </summary>
public sealed class BreachedPasswordList
{
    internal const string ResourceName = "Platform.Web.Features.Accounts.Passwords.breached-passwords.txt.gz";

    private readonly HashSet<string> _passwords;

    public BreachedPasswordList()
        : this(Load())
    {
    }

    internal BreachedPasswordList(IEnumerable<string> passwords)
    {
        _passwords = new HashSet<string>(passwords, StringComparer.Ordinal);
    }

    public int Count => _passwords.Count;

    /// <summary>Case-insensitive: "Dragon2024!" is as guessable as "dragon2024!".</summary>
    public bool Contains(string password) => _passwords.Contains(password.ToLowerInvariant());

    private static List<string> Load()
    {
        using var resource = typeof(BreachedPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var passwords = new List<string>(capacity: 20_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
