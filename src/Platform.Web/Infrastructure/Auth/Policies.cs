namespace Platform.Web.Infrastructure.Auth;

/// <summary>Named authorization policies. Every endpoint and page names one, or opts out with AllowAnonymous.</summary>
public static class Policies
{
    /// <summary>Any signed-in member (the fallback policy).</summary>
    public const string Member = "Member";

    /// <summary>A member whose role reaches personal data, signed in with two factors.</summary>
    public const string PersonalData = "PersonalData";

    /// <summary>Country admin of their own agency, signed in with two factors.</summary>
    public const string CountryAdmin = "CountryAdmin";

    /// <summary>Network admin (secretariat), signed in with two factors.</summary>
    public const string NetworkAdmin = "NetworkAdmin";
}
