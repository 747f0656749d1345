using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using static Platform.Web.Features.Knowledge.Catalogue.Demo.DemoSources;

namespace Platform.Web.Features.Knowledge.Catalogue.Demo;

/// <summary>Real, public interventions from the United Kingdom and the United States, in our own words, with sources.</summary>
internal static class DemoCatalogueAbroad
{
    public static readonly DemoIntervention CyberChoices = new("GB", new InterventionInput
    {
        Name = "Cyber Choices",
        Summary = "The UK National Crime Agency's and regional units' programme of education, referral and diversion for young people at risk of offending under the Computer Misuse Act.",
        Description = "Cyber Choices helps young people and those around them understand the Computer Misuse Act, the difference between legal and illegal use of skills, and legal careers. It offers a modular one-hour lesson with case studies and game cards (for Key Stages 2 and 3), webinars for parents, and referrals of individual young people to officers for a diversion conversation. Teachers are asked to report each delivery so that reach can be counted. No outcome evaluation was found.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Secondary,
        MinAge = 7,
        MaxAge = 25,
        OffenceTypes = [OffenceType.Hacking, OffenceType.DdosForHire, OffenceType.Malware, OffenceType.CheatingModding],
        Mechanisms = [Mechanism.Education, Mechanism.Diversion, Mechanism.SkillsRedirection],
        DeliveryFormats = [DeliveryFormat.InPerson, DeliveryFormat.Online],
        Components =
        [
            Component("Lesson plan", "One-hour modular lesson with Computer Misuse Act case studies, game cards and careers.", sessions: 1, hours: 1),
            Component("Parent webinars", "Online sessions for parents and carers."),
            Component("Referral and diversion", "Officers meet referred young people to redirect their skills."),
        ],
        Languages = ["en"],
        PartnersNeeded = "Schools and youth groups; regional organised crime units.",
        Website = "https://www.nationalcrimeagency.gov.uk/cyber-choices",
        Sources =
        [
            Source("National Crime Agency: Cyber Choices", "https://www.nationalcrimeagency.gov.uk/cyber-choices"),
            Source("South East Cyber: Cyber Choices lesson plan", "https://southeastcyber.police.uk/cyber-choices-lesson-plan/"),
            Source("SEROCU: Cyber Choices champions", "https://serocu.police.uk/champions/"),
        ],
    });

    public static readonly DemoIntervention SearchAds = new("GB", new InterventionInput
    {
        Name = "NCA deterrence search ads against DDoS-for-hire",
        Summary = "Search and video ads shown to people in the UK who search for DDoS-for-hire (booter) services, warning that using them is illegal.",
        Description = "From December 2017 to June 2018 the National Crime Agency ran Google ads on booter-related searches. A study (Collier, Thomas, Clayton and Hutchings, Policing and Society 2022) found that UK attack numbers stopped growing during the campaign, while comparable countries kept rising. Later Dutch quasi-experiments found that ads with a social message drew more engagement than deterrent ones. The public sources state no age targeting; the range here is indicative.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Secondary,
        MinAge = 12,
        MaxAge = 25,
        OffenceTypes = [OffenceType.DdosForHire],
        Mechanisms = [Mechanism.DeterrenceMessaging],
        DeliveryFormats = [DeliveryFormat.Campaign, DeliveryFormat.Online],
        DosageWeeks = 26,
        Languages = ["en"],
        PartnersNeeded = "A search-ad account and budget; keyword lists of booter names.",
        Sources =
        [
            Source("Collier et al. (2022), Influence, infrastructure, and recentering cybercrime policing", "https://doi.org/10.1080/10439463.2021.1883608"),
            Source("Moneva, Leukfeldt and Klijnsoon (2022), Journal of Experimental Criminology", "https://doi.org/10.1007/s11292-022-09504-2"),
        ],
    });

    public static readonly DemoIntervention BeInternetAwesome = new("US", new InterventionInput
    {
        Name = "Be Internet Awesome (Interland)",
        Summary = "Google's digital citizenship curriculum and browser game for children aged about 8–12. Victim-side online safety, not offender prevention.",
        Description = "Four game worlds match four themes: don't fall for fake, share with care, secure your secrets and be kind; a fifth theme is in the curriculum with worksheets. A cluster randomised trial with 1,072 pupils in 14 schools (Jones, Mitchell and Beseler 2023) found effects on knowledge and self-efficacy but none on privacy, civility, cyberbullying or talking to parents. Listed here as a victim-side example: knowledge gains need not change behaviour.",
        Focus = InterventionFocus.VictimSafety,
        Stage = PreventionStage.Primary,
        MinAge = 8,
        MaxAge = 12,
        OffenceTypes = [OffenceType.PhishingFraud, OffenceType.AccountTheft],
        Mechanisms = [Mechanism.Education],
        DeliveryFormats = [DeliveryFormat.Game, DeliveryFormat.Online],
        Languages = ["en"],
        CostNote = "Free browser game; no account needed.",
        Sources =
        [
            Source("Jones, Mitchell and Beseler (2023), Contemporary School Psychology", "https://doi.org/10.1007/s40688-023-00465-5"),
            Source("Melk Studio: Interland", "https://www.melkstudio.com/interland"),
        ],
    });
}
