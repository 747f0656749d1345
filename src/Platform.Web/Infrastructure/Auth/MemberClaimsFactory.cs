using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Web.Features.Network;

namespace Platform.Web.Infrastructure.Auth;

/// <summary>Puts the member's agency, partner organisation, name and accepted terms version into the sign-in cookie.</summary>
internal sealed class MemberClaimsFactory(
    UserManager<Member> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Member, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Member user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PlatformClaims.DisplayName, user.DisplayName));
        if (user.PartnerOrganisationId is { } partner)
        {
            // Partner members never get the agency scope: they see only what is explicitly granted to their organisation,
            // so the agency query filter must show them no personal data at all.
            identity.AddClaim(new Claim(PlatformClaims.PartnerOrganisation, partner.ToString()));
            if (user.AgencyCode is not null)
            {
                identity.AddClaim(new Claim(PlatformClaims.SponsorAgency, user.AgencyCode));
            }
        }
        else if (user.AgencyCode is not null)
        {
            identity.AddClaim(new Claim(PlatformClaims.Agency, user.AgencyCode));
        }

        if (user.AcceptedTermsVersion is { } terms)
        {
            identity.AddClaim(new Claim(PlatformClaims.TermsVersion, terms.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
