using System.Globalization;
using System.Net;

namespace Platform.Web.Features.Operations.Import;

/// <summary>Parsing of source values into canonical ones; false means the value is present but unusable.</summary>
public static class FieldParsers
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd-MM-yyyy HH:mm:ss",
    ];

    /// <summary>Unix seconds (up to 11 digits) or milliseconds (12–13 digits), or ISO 8601 / "yyyy-MM-dd HH:mm:ss" (UTC unless an offset is given).</summary>
    public static bool TryTime(ReadOnlySpan<char> value, out long unixMs)
    {
        unixMs = 0;
        var text = value.Trim();
        if (text.Length is > 0 and <= 13 && !text.ContainsAnyExceptInRange('0', '9') && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            unixMs = text.Length <= 11 ? epoch * 1000 : epoch;
            return unixMs <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() / 2;
        }

        if (DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out exact))
        {
            unixMs = exact.ToUnixTimeMilliseconds();
            return true;
        }

        return false;
    }

    public static bool TryIp(ReadOnlySpan<char> value, out string ip)
    {
        ip = "";
        var text = value.Trim();
        if (!IPAddress.TryParse(text, out var address) || text.Count('.') is not (0 or 3))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        // A value already in canonical form (the usual case) becomes the string without formatting the address again.
        Span<char> canonical = stackalloc char[64];
        ip = address.TryFormat(canonical, out var written) && canonical[..written].SequenceEqual(text)
            ? new string(text)
            : address.ToString();
        return true;
    }

    /// <summary>A decimal amount ("12.50", "12", "1,234.00" with thousands commas) in cents.</summary>
    public static bool TryAmountCents(ReadOnlySpan<char> value, out long cents)
    {
        cents = 0;
        var text = value.Trim().TrimStart("$€£");
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out var amount) || Math.Abs(amount) > 1_000_000_000m)
        {
            return false;
        }

        cents = (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        return true;
    }

    public static bool TryInteger(ReadOnlySpan<char> value, out int number) =>
        int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number) && number >= 0;

    public static bool TryDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        if (TryTime(value, out var ms) && value.Trim().Length > 8)
        {
            date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime);
            return true;
        }

        return DateOnly.TryParse(value.Trim(), CultureInfo.InvariantCulture, out date);
    }

    /// <summary>Whole years from the birth date to the reference date.</summary>
    public static int AgeOn(DateOnly birth, DateOnly reference)
    {
        var age = reference.Year - birth.Year;
        return reference < birth.AddYears(age) ? age - 1 : age;
    }
}
