namespace Platform.Web.Infrastructure.Auth;

public static class PlatformClaims
{
    public const string Agency = "intercop:agency";
    public const string PartnerOrganisation = "intercop:partner";

    /// <summary>For partner members: the agency that sponsors their organisation (not a data scope).</summary>
    public const string SponsorAgency = "intercop:sponsor";
    public const string DisplayName = "intercop:name";
    public const string ApiKeyScope = "intercop:scope";

    /// <summary>Id of the API key a request authenticated with (absent for cookie sessions).</summary>
    public const string ApiKeyId = "intercop:api-key";

    /// <summary>Version of the terms of use the member accepted (absent when never accepted).</summary>
    public const string TermsVersion = "intercop:terms";

    /// <summary>Authentication method reference (RFC 8176); Identity adds "mfa" after a two-factor sign-in.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
}
