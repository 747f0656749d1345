using PhoneNumbers;

namespace Platform.Web.Features.Operations.Attribution;

/// <summary>The country an E.164 calling code points to, or why it points to none.</summary>
public sealed record PhoneCountry(string? Country, int CallingCode, string? Note);

/// <summary>
/// Phone numbers with Google's libphonenumber metadata. A calling code shared by several countries is only resolved when
/// the number itself is valid for one of them; the North American Numbering Plan (+1: US, CA and 20+ Caribbean and
/// Pacific countries) is never attributed, because numbers move between them (portability, VoIP).
/// </summary>
public static class PhonePrefixes
{
    private const int NorthAmericanNumberingPlan = 1;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return null;
        }

        var trimmed = raw.Trim();
        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        // "00" is the international call prefix in most of the world: the national form never starts with it.
        var international = trimmed.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length is < 6 or > 15)
        {
            return null;
        }

        if (!international)
        {
            return digits;
        }

        var parsed = TryParse("+" + digits);
        return parsed is not null && Util.IsPossibleNumber(parsed) ? Util.Format(parsed, PhoneNumberFormat.E164) : null;
    }

    /// <summary>The country of a normalised number; null country for national-form numbers and shared plans.</summary>
    public static PhoneCountry? CountryOf(string? normalisedPhone)
    {
        if (normalisedPhone is null || !normalisedPhone.StartsWith('+') || TryParse(normalisedPhone) is not { } number)
        {
            return null;
        }

        if (number.CountryCode == NorthAmericanNumberingPlan)
        {
            return new PhoneCountry(null, 1, "+1 is shared by the US, Canada and Caribbean countries (NANP): not attributed");
        }

        var regions = Util.GetRegionCodesForCountryCode(number.CountryCode);
        var region = Util.IsValidNumber(number) ? Util.GetRegionCodeForNumber(number) : regions.Count == 1 ? regions[0] : null;
        if (region is null or "ZZ" or "001")
        {
            return new PhoneCountry(null, number.CountryCode, regions.Count > 1
                ? $"+{number.CountryCode} is shared by {string.Join(", ", regions)} and the number does not tell which"
                : $"+{number.CountryCode} is not a country's calling code");
        }

        return new PhoneCountry(region, number.CountryCode, null);
    }

    private static PhoneNumber? TryParse(string e164)
    {
        try
        {
            return Util.Parse(e164, null);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
