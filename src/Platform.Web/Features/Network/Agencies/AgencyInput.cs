using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Web.Features.Network.Agencies;

/// <summary>The fields of an agency, as entered by a network admin (page form and API body).</summary>
public sealed class AgencyInput
{
    [Required(ErrorMessage = "Enter the two-letter country code.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Enter the ISO 3166-1 alpha-2 code, two letters such as NL.")]
    [Display(Name = "Country code")]
    public string Code { get; set; } = "";

    [StringLength(100, ErrorMessage = "The country name can be at most 100 characters.")]
    [Display(Name = "Country name")]
    public string? CountryName { get; set; }

    [Required(ErrorMessage = "Enter the team name.")]
    [StringLength(200, ErrorMessage = "The team name can be at most 200 characters.")]
    [Display(Name = "Team name")]
    public string Name { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "The email address can be at most 256 characters.")]
    [Display(Name = "Contact email")]
    public string? ContactEmail { get; set; }

    [StringLength(50, ErrorMessage = "The phone number can be at most 50 characters.")]
    [Display(Name = "Contact phone")]
    public string? ContactPhone { get; set; }

    [StringLength(300, ErrorMessage = "The website address can be at most 300 characters.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [Required(ErrorMessage = "Choose the time zone.")]
    [Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    [Required(ErrorMessage = "Choose the default language.")]
    [Display(Name = "Default language")]
    public string DefaultLanguage { get; set; } = "en";

    public static AgencyInput From(Agency agency) => new()
    {
        Code = agency.Code,
        CountryName = agency.CountryName,
        Name = agency.Name,
        ContactEmail = agency.ContactEmail,
        ContactPhone = agency.ContactPhone,
        Website = agency.Website,
        TimeZone = agency.TimeZone,
        DefaultLanguage = agency.DefaultLanguage,
    };
}

/// <summary>Checks that need more than DataAnnotations: real country codes, time zones and languages.</summary>
public static class AgencyRules
{
    private static readonly Lazy<HashSet<string>> NeutralCultures = new(() =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).Select(c => c.Name).Where(n => n.Length is 2 or 3).ToHashSet(StringComparer.Ordinal));

    /// <summary>The region for an ISO 3166-1 alpha-2 code, or null when .NET (ICU) does not know it.</summary>
    public static RegionInfo? Region(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetter))
        {
            return null;
        }

        try
        {
            var region = new RegionInfo(code.ToUpperInvariant());
            return region.TwoLetterISORegionName == code.ToUpperInvariant() ? region : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The IANA id of a time zone known to this system (Windows ids are converted), or null.</summary>
    public static string? TimeZoneId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || !TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone))
        {
            return null;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
    }

    public static bool IsLanguage(string? code) => code is not null && NeutralCultures.Value.Contains(code);

    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static IReadOnlyList<string> TimeZones() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => TimeZoneId(z.Id) ?? z.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static IReadOnlyList<CultureInfo> Languages() =>
        [.. CultureInfo.GetCultures(CultureTypes.NeutralCultures).Where(c => c.Name.Length == 2).OrderBy(c => c.EnglishName, StringComparer.Ordinal)];

    /// <summary>Validates and normalises the input; returns the errors by property name.</summary>
    internal static Dictionary<string, string[]> Check(AgencyInput input, bool checkCode)
    {
        var errors = Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (checkCode && !errors.ContainsKey(nameof(AgencyInput.Code)) && Region(input.Code) is null)
        {
            errors[nameof(AgencyInput.Code)] = ["This is not an ISO 3166-1 alpha-2 country code."];
        }

        if (!errors.ContainsKey(nameof(AgencyInput.TimeZone)) && TimeZoneId(input.TimeZone) is null)
        {
            errors[nameof(AgencyInput.TimeZone)] = ["This time zone is not known. Use an IANA name such as Europe/Amsterdam."];
        }

        if (!errors.ContainsKey(nameof(AgencyInput.DefaultLanguage)) && !IsLanguage(input.DefaultLanguage))
        {
            errors[nameof(AgencyInput.DefaultLanguage)] = ["Choose a language by its ISO 639 code, such as nl."];
        }

        if (!string.IsNullOrWhiteSpace(input.Website) && !IsWebAddress(input.Website))
        {
            errors[nameof(AgencyInput.Website)] = ["Enter a web address starting with https://."];
        }

        return errors;
    }

    internal static void Apply(AgencyInput input, Agency agency)
    {
        agency.CountryName = string.IsNullOrWhiteSpace(input.CountryName)
            ? Region(agency.Code)?.EnglishName ?? agency.Code
            : input.CountryName.Trim();
        agency.Name = input.Name.Trim();
        agency.ContactEmail = Blank(input.ContactEmail);
        agency.ContactPhone = Blank(input.ContactPhone);
        agency.Website = Blank(input.Website);
        agency.TimeZone = TimeZoneId(input.TimeZone)!;
        agency.DefaultLanguage = input.DefaultLanguage;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
