using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Web.Features.ApiKeys;

/// <summary>
/// Key format <c>icp_&lt;prefix&gt;_&lt;secret&gt;</c>: an 8-character lookup prefix and 43 base62 characters
/// (256 random bits). Only the letters and digits are used so that a double-click selects the whole key.
/// </summary>
public static class ApiKeySecrets
{
    public const string KeyPrefix = "icp_";
    public const int PrefixLength = 8;
    public const int SecretLength = 43;

    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly SearchValues<char> PrefixCharacters = SearchValues.Create(PrefixAlphabet);
    private static readonly SearchValues<char> SecretCharacters = SearchValues.Create(SecretAlphabet);

    public static int KeyLength => KeyPrefix.Length + PrefixLength + 1 + SecretLength;

    public static string NewPrefix() => RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);

    public static string NewKey(string prefix) =>
        $"{KeyPrefix}{prefix}_{RandomNumberGenerator.GetString(SecretAlphabet, SecretLength)}";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Reads the lookup prefix of a well-formed key; false for anything else.</summary>
    public static bool TryGetPrefix(string? key, out string prefix)
    {
        prefix = "";
        if (key is null || key.Length != KeyLength || !key.StartsWith(KeyPrefix, StringComparison.Ordinal)
            || key[KeyPrefix.Length + PrefixLength] != '_')
        {
            return false;
        }

        var candidate = key.AsSpan(KeyPrefix.Length, PrefixLength);
        var secret = key.AsSpan(KeyPrefix.Length + PrefixLength + 1);
        if (candidate.ContainsAnyExcept(PrefixCharacters) || secret.ContainsAnyExcept(SecretCharacters))
        {
            return false;
        }

        prefix = candidate.ToString();
        return true;
    }

    /// <summary>Compares the presented key with the stored hash in constant time.</summary>
    public static bool Matches(string key, string storedHash)
    {
        Span<byte> presented = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), presented);
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return Convert.FromHexString(storedHash, stored, out _, out var written) == OperationStatus.Done
            && written == stored.Length
            && CryptographicOperations.FixedTimeEquals(presented, stored);
    }
}
