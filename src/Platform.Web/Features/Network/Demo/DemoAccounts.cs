using System.Security.Cryptography;
using System.Text;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Text;

namespace Platform.Web.Features.Network.Demo;

/// <summary>A demo account someone can sign in with; <see cref="TwoFactor"/> false only for the viewer.</summary>
internal sealed record DemoAccount(string Email, string Name, string JobTitle, string Role, string AgencyCode, bool TwoFactor = true, bool Listed = false, string? PartnerSlug = null)
{
    /// <summary>Derived from the email, so every fresh demo database has the same keys and the printed table stays valid.</summary>
    public string? AuthenticatorKey => TwoFactor ? DemoAccounts.KeyFor(Email) : null;
}

internal static class DemoAccounts
{
    /// <summary>Public on purpose: demo data only. At least 12 characters, as the password policy requires.</summary>
    public const string Password = "Prevention works 2026!";

    public const string Domain = "intercop-demo.example";

    public static readonly DemoAccount[] All =
    [
        new($"networkadmin@{Domain}", "Noor Hendriks", "Network secretariat liaison (demo)", Roles.NetworkAdmin, "NL", Listed: true),
        new($"countryadmin.nl@{Domain}", "Eva Jansen", "Country coordinator (demo)", Roles.CountryAdmin, "NL", Listed: true),
        new($"officer.nl@{Domain}", "Bram de Wit", "Prevention officer (demo)", Roles.PreventionOfficer, "NL", Listed: true),
        new($"caseworker.nl@{Domain}", "Iris Bakker", "Case worker (demo)", Roles.CaseWorker, "NL"),
        new($"viewer.nl@{Domain}", "Tim Peters", "Communications adviser (demo)", Roles.Viewer, "NL", TwoFactor: false),
        new($"partner.nl@{Domain}", "Mila Vos", "Club organiser (demo)", Roles.PartnerContributor, "NL", PartnerSlug: "whitehat-youth"),
        new($"countryadmin.be@{Domain}", "Lien Peeters", "Country coordinator (demo)", Roles.CountryAdmin, "BE", Listed: true),
        new($"officer.be@{Domain}", "Thomas Claes", "Prevention officer (demo)", Roles.PreventionOfficer, "BE"),
        new($"caseworker.be@{Domain}", "Sofie Maes", "Case worker (demo)", Roles.CaseWorker, "BE"),
    ];

    /// <summary>A 160-bit key (the size Identity generates) in RFC 4648 base32, as authenticator apps expect.</summary>
    public static string KeyFor(string email) =>
        Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes("InterCOP demo authenticator v1 " + email.ToLowerInvariant())).AsSpan(0, 20));
}
