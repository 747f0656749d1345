using System.Net;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>
/// Normalisation of identifiers found in seized data, so that equal identifiers compare equal (linking, dedup,
/// pseudonyms). Returns null for values that are not usable identifiers.
/// </summary>
public static class Identifiers
{
    // SKELETON: the attribution part replaces these bodies (provider dot/plus rules, IDN, IP edge cases).
    public static string? NormaliseEmail(string? raw) =>
        string.IsNullOrWhiteSpace(raw) || !raw.Contains('@') ? null : raw.Trim().ToLowerInvariant();

    public static string? NormaliseUsername(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();

    public static IPAddress? NormaliseIp(string? raw) =>
        IPAddress.TryParse(raw?.Trim(), out var ip) ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip) : null;

    /// <summary>The country of an email's country-code top-level domain (".nl" → "NL", ".co.uk" → "GB"), else null.</summary>
    public static string? EmailCountry(string normalisedEmail) => null;
}
