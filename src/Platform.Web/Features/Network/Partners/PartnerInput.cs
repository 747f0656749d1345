using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Network.Partners;

public sealed class PartnerInput
{
    [Required(ErrorMessage = "Enter the name of the organisation.")]
    [StringLength(200, ErrorMessage = "The name can be at most 200 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind")]
    public PartnerKind Kind { get; set; } = PartnerKind.Ngo;

    [StringLength(300, ErrorMessage = "The website address can be at most 300 characters.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(2000, ErrorMessage = "The description can be at most 2000 characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "The email address can be at most 256 characters.")]
    [Display(Name = "Contact email")]
    public string? ContactEmail { get; set; }

    /// <summary>Network-wide partners (such as the secretariat) have no sponsoring agency; only network admins create them.</summary>
    [Display(Name = "Network-wide partner")]
    public bool NetworkWide { get; set; }
}

public sealed record PartnerView(
    Guid Id,
    string Name,
    PartnerKind Kind,
    string? AgencyCode,
    string? AgencyCountryName,
    string? Website,
    string? Description,
    string? ContactEmail);

/// <summary>Who may edit which partner: country admins those their agency sponsors, network admins the network-wide ones.</summary>
public static class PartnerRules
{
    public static bool CanEdit(NetworkActor actor, string? partnerAgencyCode) => partnerAgencyCode is null
        ? actor.IsNetworkAdmin
        : actor.IsCountryAdmin && partnerAgencyCode == actor.AgencyCode;

    internal static Dictionary<string, string[]> Check(PartnerInput input)
    {
        var errors = Outcome.Validate(input).ToDictionary(StringComparer.Ordinal);
        if (!Enum.IsDefined(input.Kind))
        {
            errors[nameof(PartnerInput.Kind)] = ["Choose the kind of organisation."];
        }

        if (!string.IsNullOrWhiteSpace(input.Website) && !Agencies.AgencyRules.IsWebAddress(input.Website))
        {
            errors[nameof(PartnerInput.Website)] = ["Enter a web address starting with https://."];
        }

        return errors;
    }

    internal static void Apply(PartnerInput input, PartnerOrganisation partner)
    {
        partner.Name = input.Name.Trim();
        partner.Kind = input.Kind;
        partner.Website = Blank(input.Website);
        partner.Description = Blank(input.Description);
        partner.ContactEmail = Blank(input.ContactEmail);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
