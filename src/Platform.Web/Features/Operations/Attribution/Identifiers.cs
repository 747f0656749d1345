using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Normalisation of identifiers found in seized data, so that equal identifiers compare equal (linking, dedup,
/// pseudonyms). Returns null for values that are not usable identifiers. Every function is idempotent and never
/// throws, whatever the input (seized data is hostile input).
/// </summary>
public static class Identifiers
{
    private const int MaxEmailLength = 254;
    private const int MaxLocalPartLength = 64;
    private const string ForbiddenLocalCharacters = "()<>[]:;@\\,\"";

    private const int MaxRememberedDomains = 1 << 16;

    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    // A seized database has millions of addresses at a few thousand domains; the IDNA conversion (ICU) is the costly
    // part of an address, so each domain's answer is kept (the function is pure; bounded, then simply not added).
    private static readonly ConcurrentDictionary<string, string?> Domains = new(StringComparer.Ordinal);

    /// <summary>
    /// Trimmed, lowercased, domain in ASCII (punycode) form; provider aliases folded only where the provider documents
    /// them (<see cref="EmailProviders"/>). Quoted local parts, IP-literal domains and malformed addresses give null.
    /// The local part is lowercased although RFC 5321 lets it be case-sensitive: no mass-market provider treats it so.
    /// </summary>
    public static string? NormaliseEmail(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 1024)
        {
            return null;
        }

        var trimmed = raw.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1)
        {
            return null;
        }

        var local = NormaliseLocalPart(trimmed[..at]);
        var domain = NormaliseDomain(trimmed[(at + 1)..]);
        if (local is null || domain is null)
        {
            return null;
        }

        (local, domain) = EmailProviders.Canonical(local, domain);
        var email = local + "@" + domain;
        return !WellFormedLocal(local) || local.Length > MaxLocalPartLength || email.Length > MaxEmailLength ? null : email;
    }

    /// <summary>Unicode NFKC, case folded, trimmed, invisible format characters (zero-width joiners etc.) removed.</summary>
    public static string? NormaliseUsername(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 1024)
        {
            return null;
        }

        var value = Fold(raw);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>
    /// IPv4 in dotted-quad form or IPv6 (brackets and zone ids dropped); IPv4-mapped IPv6 becomes IPv4; the unspecified
    /// addresses (0.0.0.0, ::) and bare numbers ("12345", which the framework would read as an address) give null.
    /// </summary>
    public static IPAddress? NormaliseIp(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 100)
        {
            return null;
        }

        var text = raw.Trim();
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text[1..^1];
        }

        if (!text.Contains(':', StringComparison.Ordinal) && !IsDottedQuad(text))
        {
            return null;
        }

        if (!IPAddress.TryParse(text, out var ip))
        {
            return null;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        else if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && ip.ScopeId != 0)
        {
            ip = new IPAddress(ip.GetAddressBytes());
        }

        return ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) ? null : ip;
    }

    /// <summary>Normalises a raw IP and tells whether it can point to a country (see <see cref="IpRanges.IsAttributable"/>).</summary>
    public static bool IsAttributable(IPAddress address) => IpRanges.IsAttributable(address);

    /// <summary>The country of an email's country-code top-level domain (".nl" → "NL", ".co.uk" → "GB"), else null.</summary>
    public static string? EmailCountry(string normalisedEmail) => CountryDomains.CountryOfEmail(normalisedEmail);

    /// <summary>
    /// A phone number in E.164 form ("+31612345678") when it carries a country code ("+" or "00"), else its digits
    /// only (national form: linkable inside one data set, never attributed to a country). Fewer than 6 digits → null.
    /// </summary>
    public static string? NormalisePhone(string? raw) => PhonePrefixes.Normalise(raw);

    /// <summary>
    /// A cryptocurrency address without whitespace: hex (0x…) and bech32 (bc1…, ltc1…) addresses lowercased (they are
    /// case-insensitive), base58 addresses kept as they are (case is part of the address). Shorter than 20 → null.
    /// </summary>
    public static string? NormaliseCryptoAddress(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 200)
        {
            return null;
        }

        var compact = new string(raw.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length < 20 || compact.Any(c => c > 127 || char.IsControl(c)))
        {
            return null;
        }

        var lower = compact.ToLowerInvariant();
        return lower.StartsWith("0x", StringComparison.Ordinal) || lower.StartsWith("bc1", StringComparison.Ordinal)
            || lower.StartsWith("ltc1", StringComparison.Ordinal) || lower.StartsWith("tb1", StringComparison.Ordinal)
            ? lower
            : compact;
    }

    private static string? NormaliseLocalPart(string local)
    {
        var folded = Fold(local);
        if (folded is null)
        {
            return null;
        }

        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || ForbiddenLocalCharacters.Contains(c))
            {
                return null;
            }
        }

        return folded;
    }

    // Checked after provider folding too: "a.+tag" becomes "a." at a plus-addressing provider.
    private static bool WellFormedLocal(string local) =>
        local.Length > 0 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal);

    private static string? NormaliseDomain(string domain)
    {
        if (Domains.TryGetValue(domain, out var known))
        {
            return known;
        }

        var normalised = ConvertDomain(domain);
        if (Domains.Count < MaxRememberedDomains)
        {
            Domains.TryAdd(domain, normalised);
        }

        return normalised;
    }

    private static string? ConvertDomain(string domain)
    {
        var text = domain.EndsWith('.') ? domain[..^1] : domain;
        if (text.Length == 0 || text.StartsWith('['))
        {
            return null;
        }

        try
        {
            var ascii = Idn.GetAscii(text).ToLowerInvariant();
            var labels = ascii.Split('.');
            if (labels.Length < 2 || ascii.Length > 253 || labels[^1].All(char.IsAsciiDigit))
            {
                return null;
            }

            return labels.All(l => l.Length is > 0 and <= 63 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) ? ascii : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>NFKC + simple case folding until stable; null when the text is not valid Unicode.</summary>
    internal static string? Fold(string value) => Ascii.IsValid(value) ? FoldAscii(value) : FoldUnicode(value);

    /// <summary>
    /// What <see cref="FoldUnicode"/> gives for ASCII text, without its passes: NFKC leaves ASCII as it is, ASCII has
    /// no format characters, and upper- then lower-casing an ASCII letter is lower-casing it (tested).
    /// </summary>
    private static string FoldAscii(string value)
    {
        var trimmed = value.AsSpan().Trim();
        var start = value.Length - value.AsSpan().TrimStart().Length;
        if (trimmed.Length == value.Length && !trimmed.ContainsAnyInRange('A', 'Z'))
        {
            return value;
        }

        return string.Create(trimmed.Length, (value, start), static (destination, state) =>
            Ascii.ToLower(state.value.AsSpan(state.start, destination.Length), destination, out _));
    }

    internal static string? FoldUnicode(string value)
    {
        try
        {
            var current = value;
            for (var i = 0; i < 4; i++)
            {
                var next = Strip(current.Normalize(NormalizationForm.FormKC)).ToUpperInvariant().ToLowerInvariant()
                    .Normalize(NormalizationForm.FormKC).Trim();
                if (next == current)
                {
                    return next;
                }

                current = next;
            }

            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Strip(string value)
    {
        if (!value.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
        {
            builder.Append(c);
        }

        return builder.ToString();
    }

    internal static bool IsDottedQuad(string text)
    {
        int parts = 1, digits = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (digits == 0 || ++parts > 4)
                {
                    return false;
                }

                digits = 0;
            }
            else if (!char.IsAsciiDigit(c) || ++digits > 3)
            {
                return false;
            }
        }

        return parts == 4 && digits > 0;
    }
}
