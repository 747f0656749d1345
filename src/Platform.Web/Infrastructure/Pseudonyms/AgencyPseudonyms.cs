using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Text;

namespace Platform.Web.Infrastructure.Pseudonyms;

/// <summary>
/// HMAC-SHA256 under a per-purpose subkey of the agency's pseudonym secret, over the normalised value, truncated to
/// 80 bits and written as 16 base32 characters. The secret is never rotated by <c>keys rotate</c> (that would break
/// linkage over time); a new evaluation that must not link to an earlier one uses a new purpose.
/// </summary>
internal sealed class AgencyPseudonyms(AgencyKeyRing keys) : IAgencyPseudonyms
{
    private const int PseudonymBytes = 10;
    private const int MaxHashesPerThread = 64;
    private const int StackLimit = 512;

    // A person build asks for millions of pseudonyms under a handful of subkeys. Deriving the subkey each time and
    // OpenSSL's one-shot HMAC (which looks the algorithm up per call) were most of the cost, so the subkey is kept
    // as long as the key ring hands out the same secret, and each thread keeps an HMAC per subkey.
    private readonly ConcurrentDictionary<(string Agency, string Purpose), Subkey> _subkeys = new();

    [ThreadStatic]
    private static Dictionary<byte[], IncrementalHash>? t_hashes;

    public string For(string agencyCode, string purpose, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(value);
        var subkey = SubkeyFor(agencyCode, purpose);
        var normalised = Normalise(value);
        var length = Encoding.UTF8.GetMaxByteCount(normalised.Length);
        byte[]? rented = null;
        var bytes = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(normalised, bytes);
            var hmac = HashFor(subkey);
            hmac.AppendData(bytes[..written]);
            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            hmac.GetHashAndReset(mac);
            return Base32.Encode(mac[..PseudonymBytes]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>HMAC(secret, "purpose:" + PURPOSE), derived again whenever the key ring reloads the secret.</summary>
    private byte[] SubkeyFor(string agencyCode, string purpose)
    {
        var (_, secret) = keys.Current(AgencyKeyRing.Normalise(agencyCode), AgencyKeyPurposes.Pseudonym);
        if (_subkeys.TryGetValue((agencyCode, purpose), out var cached) && ReferenceEquals(cached.Secret, secret))
        {
            return cached.Key;
        }

        var key = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("purpose:" + purpose.Trim().ToUpperInvariant()));
        _subkeys[(agencyCode, purpose)] = new Subkey(secret, key);
        return key;
    }

    private static IncrementalHash HashFor(byte[] subkey)
    {
        var hashes = t_hashes ??= new Dictionary<byte[], IncrementalHash>(ReferenceEqualityComparer.Instance);
        if (hashes.TryGetValue(subkey, out var hash))
        {
            return hash;
        }

        // Subkeys replaced after a reload would otherwise pile up on long-lived threads.
        if (hashes.Count >= MaxHashesPerThread)
        {
            foreach (var stale in hashes.Values)
            {
                stale.Dispose();
            }

            hashes.Clear();
        }

        hash = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, subkey);
        hashes[subkey] = hash;
        return hash;
    }

    /// <summary>"  José  van  Dijk " and "JOSE VAN DIJK" are the same person: no accents, case or extra spaces.</summary>
    internal static string Normalise(string value) => Ascii.IsValid(value) ? NormaliseAscii(value) : NormaliseUnicode(value);

    /// <summary>The Unicode path for ASCII text: decomposition and composition leave it as it is, it has no marks.</summary>
    private static string NormaliseAscii(string value)
    {
        var trimmed = value.AsSpan().Trim();
        if (trimmed.Length == value.Length && !NeedsWork(trimmed))
        {
            return value;
        }

        char[]? rented = null;
        var buffer = trimmed.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(trimmed.Length));
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var c in trimmed)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool NeedsWork(ReadOnlySpan<char> trimmed)
    {
        var previousSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiLetterLower(c) || (char.IsWhiteSpace(c) && (c != ' ' || previousSpace)))
            {
                return true;
            }

            previousSpace = c == ' ';
        }

        return false;
    }

    /// <summary>The general path; <see cref="NormaliseAscii"/> must give the same for ASCII text (tested).</summary>
    internal static string NormaliseUnicode(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private sealed record Subkey(byte[] Secret, byte[] Key);
}
