namespace Platform.Web.Infrastructure.Auth;

public static class Roles
{
    public const string NetworkAdmin = "NetworkAdmin";
    public const string CountryAdmin = "CountryAdmin";
    public const string PreventionOfficer = "PreventionOfficer";
    public const string CaseWorker = "CaseWorker";
    public const string PartnerContributor = "PartnerContributor";
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All =
        [NetworkAdmin, CountryAdmin, PreventionOfficer, CaseWorker, PartnerContributor, Viewer];

    /// <summary>Roles that can reach personal data; their members must sign in with two factors.</summary>
    public static readonly IReadOnlySet<string> WithPersonalData =
        new HashSet<string>([NetworkAdmin, CountryAdmin, PreventionOfficer, CaseWorker], StringComparer.Ordinal);

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static bool RequiresTwoFactor(IEnumerable<string> roles) => roles.Any(WithPersonalData.Contains);
}
