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

    public string For(string agencyCode, string purpose, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(value);
        var (_, secret) = keys.Current(AgencyKeyRing.Normalise(agencyCode), AgencyKeyPurposes.Pseudonym);
        var subkey = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("purpose:" + purpose.Trim().ToUpperInvariant()));
        var mac = HMACSHA256.HashData(subkey, Encoding.UTF8.GetBytes(Normalise(value)));
        CryptographicOperations.ZeroMemory(subkey);
        return Base32.Encode(mac.AsSpan(0, PseudonymBytes));
    }

    /// <summary>"  José  van  Dijk " and "JOSE VAN DIJK" are the same person: no accents, case or extra spaces.</summary>
    internal static string Normalise(string value)
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
}
