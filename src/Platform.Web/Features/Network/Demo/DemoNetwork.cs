using Platform.Web.Infrastructure.Auth;

namespace Platform.Web.Features.Network.Demo;

/// <summary>A fictional member without a password: appears in lists and the directory but cannot sign in.</summary>
internal sealed record DemoPerson(string Name, string JobTitle, string Role, bool Listed = false);

internal sealed record DemoAgency(string Code, string Country, string DialCode, string TimeZone, string Language, string[] Teams, DemoPerson[] People)
{
    public string Name => $"Cyber Offender Prevention Team — {Country} (demo)";

    public string Domain => $"{Code.ToLowerInvariant()}.cop.example";
}

internal sealed record DemoPartner(string Name, PartnerKind Kind, string? AgencyCode, string Slug, string Description);

/// <summary>
/// The demo network. Every name, address and number is invented; domains use the reserved .example TLD
/// (RFC 2606) so no message can ever reach a real person.
/// </summary>
internal static class DemoNetwork
{
    private static readonly string[] CoreTeams = ["Prevention & Outreach", "Intervention Programmes"];

    public static readonly DemoAgency[] Agencies =
    [
        new("NL", "Netherlands", "31", "Europe/Amsterdam", "nl", [.. CoreTeams, "Research Liaison"], []),
        new("BE", "Belgium", "32", "Europe/Brussels", "nl", CoreTeams,
        [
            new("Wout Janssens", "Youth coach (demo)", Roles.PreventionOfficer, Listed: true),
            new("Camille Dubois", "Analyst (demo)", Roles.Viewer),
        ]),
        new("GB", "United Kingdom", "44", "Europe/London", "en", [.. CoreTeams, "Campaigns"],
        [
            new("Olivia Hughes", "Head of prevention (demo)", Roles.CountryAdmin, Listed: true),
            new("Callum Reid", "Prevention officer (demo)", Roles.PreventionOfficer, Listed: true),
            new("Priya Shah", "Case worker (demo)", Roles.CaseWorker),
            new("Megan Lewis", "Policy adviser (demo)", Roles.Viewer),
        ]),
        new("FI", "Finland", "358", "Europe/Helsinki", "fi", CoreTeams,
        [
            new("Aino Laine", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Mikko Heikkinen", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Emilia Koskinen", "Case worker (demo)", Roles.CaseWorker, Listed: true),
        ]),
        new("SE", "Sweden", "46", "Europe/Stockholm", "sv", CoreTeams,
        [
            new("Elin Berg", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Oskar Lindqvist", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Maja Holm", "Case worker (demo)", Roles.CaseWorker),
        ]),
        new("PT", "Portugal", "351", "Europe/Lisbon", "pt", [.. CoreTeams, "Schools Programme"],
        [
            new("Inês Carvalho", "Coordinator (demo)", Roles.CountryAdmin, Listed: true),
            new("Tiago Ribeiro", "Prevention officer (demo)", Roles.PreventionOfficer, Listed: true),
            new("Beatriz Lopes", "Case worker (demo)", Roles.CaseWorker),
            new("Rui Moreira", "Analyst (demo)", Roles.Viewer),
        ]),
        new("US", "United States", "1", "America/New_York", "en", [.. CoreTeams, "Campaigns"],
        [
            new("Jordan Ellis", "Program manager (demo)", Roles.CountryAdmin, Listed: true),
            new("Maria Delgado", "Prevention specialist (demo)", Roles.PreventionOfficer),
            new("Kevin Brooks", "Case manager (demo)", Roles.CaseWorker),
            new("Aisha Carter", "Research analyst (demo)", Roles.Viewer),
        ]),
        new("DE", "Germany", "49", "Europe/Berlin", "de", CoreTeams,
        [
            new("Lena Fischer", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Jonas Becker", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Hannah Wolf", "Case worker (demo)", Roles.CaseWorker),
        ]),
        new("FR", "France", "33", "Europe/Paris", "fr", CoreTeams,
        [
            new("Chloé Martin", "Coordinator (demo)", Roles.CountryAdmin, Listed: true),
            new("Hugo Bernard", "Prevention officer (demo)", Roles.PreventionOfficer, Listed: true),
            new("Léa Girard", "Case worker (demo)", Roles.CaseWorker),
        ]),
        new("ES", "Spain", "34", "Europe/Madrid", "es", [.. CoreTeams, "Campaigns"],
        [
            new("Lucía Navarro", "Coordinator (demo)", Roles.CountryAdmin, Listed: true),
            new("Pablo Romero", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Carmen Ortiz", "Case worker (demo)", Roles.CaseWorker),
            new("Diego Castillo", "Analyst (demo)", Roles.Viewer),
        ]),
        new("NO", "Norway", "47", "Europe/Oslo", "nb", CoreTeams,
        [
            new("Ingrid Solberg", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Henrik Dahl", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Sigrid Nygaard", "Case worker (demo)", Roles.CaseWorker),
        ]),
        new("DK", "Denmark", "45", "Europe/Copenhagen", "da", CoreTeams,
        [
            new("Freja Madsen", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Mads Kjær", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Ida Thomsen", "Case worker (demo)", Roles.CaseWorker, Listed: true),
        ]),
        new("EE", "Estonia", "372", "Europe/Tallinn", "et", CoreTeams,
        [
            new("Kadri Tamm", "Team lead (demo)", Roles.CountryAdmin, Listed: true),
            new("Martin Saar", "Prevention officer (demo)", Roles.PreventionOfficer),
            new("Liis Kask", "Case worker (demo)", Roles.CaseWorker),
        ]),
    ];

    public static readonly DemoPartner[] Partners =
    [
        new("InterCOP Network Secretariat (demo)", PartnerKind.Secretariat, null, "secretariat",
            "Coordinates the network's meetings, shared programmes and onboarding of new countries. Fictional organisation."),
        new("White Hat Youth Foundation (demo)", PartnerKind.Ngo, "NL", "whitehat-youth",
            "Runs ethical-hacking clubs and capture-the-flag evenings where young people use their skills legally. Fictional organisation."),
        new("Safe Schools Online Network (demo)", PartnerKind.School, "BE", "safe-schools",
            "A network of secondary schools that hosts prevention workshops on cybercrime and online risks. Fictional organisation."),
        new("Nordic Cybercrime Research Group, Fictional University (demo)", PartnerKind.ResearchInstitute, "FI", "nordic-research",
            "Evaluates prevention programmes with aggregate, anonymised statistics only. Fictional organisation."),
        new("Pixel Harbour Games (demo)", PartnerKind.Company, "SE", "pixel-harbour",
            "A game studio that co-designs the serious game about choices in cybercrime. Fictional company."),
    ];

    /// <summary>An ASCII mailbox name for a fictional person ("Mads Kjær" becomes "mads.kjaer").</summary>
    public static string Mailbox(string name)
    {
        var folded = name.ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal)
            .Normalize(System.Text.NormalizationForm.FormD);
        var letters = folded.Where(c => c is ' ' or '-' || char.IsAsciiLetterLower(c)).ToArray();
        return new string(letters).Trim().Replace(' ', '.');
    }
}
