using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Web.Features.Knowledge.Catalogue.Demo.DemoSources;

namespace Platform.Web.Features.Knowledge.Catalogue.Demo;

/// <summary>
/// Real, public Dutch interventions described in our own words from public sources (cited on each profile).
/// Facts only; where a source does not state something, the profile says so instead of guessing.
/// </summary>
internal static class DemoCatalogueNl
{
    public static readonly DemoIntervention HackRight = new("NL", new InterventionInput
    {
        Name = "Hack_Right",
        Summary = "An alternative or additional sanction for young first-time cyber offenders (12–23) in the Netherlands, built from four modules: restoration, training, an alternative assignment and coaching.",
        Description = "Hack_Right is offered to young people who committed a cyber offence for the first time. Instead of, or next to, a regular sanction they follow a tailored route made of up to four modules: restoring the harm done, training on ethics and the law, an alternative assignment that puts their skills to legal use, and coaching. The Hague University of Applied Sciences (THUAS) carried out a plan and process evaluation (14 pilots, 28 interviews); no effect study has been done yet. By November 2021 the programme had been deployed 26 times.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Tertiary,
        MinAge = 12,
        MaxAge = 23,
        OffenceTypes = [OffenceType.Hacking, OffenceType.DdosForHire, OffenceType.Malware, OffenceType.AccountTheft],
        Mechanisms = [Mechanism.Diversion, Mechanism.Restorative, Mechanism.SkillsRedirection, Mechanism.Education],
        DeliveryFormats = [DeliveryFormat.InPerson],
        Components =
        [
            Component("Restoration", "Facing the harm done and making amends to those affected."),
            Component("Training", "Learning where the legal line runs and what the consequences of cybercrime are."),
            Component("Alternative assignment", "A task that puts the young person's skills to legal, useful work."),
            Component("Coaching", "Personal guidance towards school, work or legal IT activities."),
        ],
        Languages = ["nl"],
        PartnersNeeded = "Public prosecution service and police for referral; IT companies or ethical hackers for the alternative assignment.",
        CostNote = "Not stated in the public sources.",
        ContactName = "Dutch COP team (demo contact)",
        Website = "https://www.thuas.com/research/centre-expertise/hackright",
        Sources =
        [
            Source("THUAS: Hack_Right research", "https://www.thuas.com/research/centre-expertise/hackright"),
            Source("Security.NL: news item on Hack_Right", "https://www.security.nl/posting/730590"),
        ],
    }, Translations:
    [
        new TranslationInput
        {
            Language = "nl",
            Name = "Hack_Right",
            Summary = "Een alternatieve of aanvullende straf voor jonge first offenders van cybercrime (12–23 jaar), opgebouwd uit vier modules: herstel, training, een alternatieve opdracht en coaching.",
            Description = "Hack_Right is bedoeld voor jongeren die voor het eerst een cyberdelict pleegden. Zij volgen een route op maat met maximaal vier modules: herstel, training, een alternatieve opdracht en coaching. De Haagse Hogeschool voerde een plan- en procesevaluatie uit (14 pilots, 28 interviews); een effectstudie is nog niet gedaan.",
        },
        new TranslationInput
        {
            Language = "pt",
            Name = "Hack_Right",
            Summary = "Uma sanção alternativa ou complementar para jovens que cometem um crime informático pela primeira vez (12–23 anos), composta por quatro módulos: reparação, formação, uma tarefa alternativa e acompanhamento.",
            Description = "O Hack_Right destina-se a jovens que cometeram um crime informático pela primeira vez. Seguem um percurso adaptado com até quatro módulos: reparação, formação, uma tarefa alternativa e acompanhamento. A Universidade de Ciências Aplicadas de Haia fez uma avaliação do plano e do processo (14 projetos-piloto, 28 entrevistas); ainda não existe estudo de efeito.",
        },
    ]);

    public static readonly DemoIntervention ReBootCamp = new("NL", new InterventionInput
    {
        Name = "re_B00TCMP",
        Summary = "A one-day event for IT-talented young people who qualify through an online challenge, with a separate programme for their parents.",
        Description = "Young people with IT talent qualify for the day by solving an online challenge. On the day they meet professionals and explore legal careers and activities for their skills; parents follow their own track. THUAS wrote a plan evaluation (2022) and a process evaluation of three pilots (observations, interviews, questionnaires). In Oost-Brabant in 2023, 140 young people passed the challenge and more than 30 attended. The public sources state no age range; the range here is the Dutch COP target group.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Secondary,
        MinAge = 12,
        MaxAge = 23,
        OffenceTypes = [OffenceType.Hacking, OffenceType.DdosForHire],
        Mechanisms = [Mechanism.SkillsRedirection, Mechanism.Education],
        DeliveryFormats = [DeliveryFormat.Event, DeliveryFormat.Online],
        Components =
        [
            Component("Online challenge", "Entry test that selects IT-talented participants."),
            Component("Event day", "A day with professionals on legal uses of IT skills.", sessions: 1),
            Component("Parents' track", "A separate programme for parents on the same day.", sessions: 1),
        ],
        DosageSessions = 1,
        Languages = ["nl"],
        PartnersNeeded = "IT companies and education partners for the event programme.",
        Sources =
        [
            Source("THUAS: keeping young ICT talent on the right path (plan and process evaluation)", "https://www.thuas.com/research/centre-expertise/keeping-young-ict-talent-right-path-plan-and-process-evaluation"),
            Source("Politie.nl: young whizzkids use their digital talent at re_B00TCMP (2023)", "https://www.politie.nl/nieuws/2023/november/27/jonge-wizzkids-zetten-hun-digitale-talent-in-tijdens-re_b00tcmp.html"),
        ],
    });

    public static readonly DemoIntervention HackShield = new("NL", new InterventionInput
    {
        Name = "HackShield",
        Summary = "A free online game for children aged 8–12 who become '(Junior) Cyber Agents'; mainly about resilience against becoming a victim, and framed by police as keeping children off a criminal path.",
        Description = "Children play puzzle-adventure levels, earn a shield per level and face choice scenarios. Municipalities and police run local competitions and honour the best Cyber Agents. According to its 2022 European Crime Prevention Award entry, 24% of Dutch children played and more than 8% became Junior Cyber Agents; about 200 municipalities took part. A THUAS plan and process evaluation recommends an effect evaluation; a master's thesis found a rise in cyber resilience in a pre/post design without a control group.",
        Focus = InterventionFocus.Both,
        Stage = PreventionStage.Primary,
        MinAge = 8,
        MaxAge = 12,
        OffenceTypes = [OffenceType.Hacking, OffenceType.PhishingFraud, OffenceType.AccountTheft],
        Mechanisms = [Mechanism.Education],
        DeliveryFormats = [DeliveryFormat.Game, DeliveryFormat.Online],
        Languages = ["nl", "en"],
        CostNote = "Free to play, no in-app purchases.",
        PartnersNeeded = "Municipalities and local police for competitions and events.",
        Website = "https://global.joinhackshield.com/en/faq",
        Sources =
        [
            Source("EUCPN: The Netherlands — HackShield, future cyber heroes", "https://eucpn.org/document/the-netherlands-hackshield-future-cyber-heroes"),
            Source("HackShield FAQ", "https://global.joinhackshield.com/en/faq"),
            Source("Utrecht University thesis (pre/post study)", "https://studenttheses.uu.nl/handle/20.500.12932/49658"),
        ],
    });

    public static readonly DemoIntervention PowerOff = new("NL", new InterventionInput
    {
        Name = "Operation PowerOFF warning messages",
        Summary = "Warning letters and emails to users of DDoS-for-hire (booter) services identified in the Europol-coordinated Operation PowerOFF; entered by the Dutch team as a coordinating team.",
        Description = "Operation PowerOFF is coordinated by Europol with law enforcement of many countries. Besides seizing booter services, the partners warn identified users by letter or email and run search ads aimed at young people. In the December 2024 phase 27 booters were seized across 15 countries and more than 300 users identified; a later phase reported more than 75,000 users warned in 21 countries. No outcome evaluation of the warnings is known.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Tertiary,
        MinAge = 12,
        MaxAge = 30,
        OffenceTypes = [OffenceType.DdosForHire],
        Mechanisms = [Mechanism.DeterrenceMessaging],
        DeliveryFormats = [DeliveryFormat.Online, DeliveryFormat.Campaign],
        Languages = ["en", "nl"],
        PartnersNeeded = "Europol and the national teams that receive user data from seized services.",
        Sources =
        [
            Source("Wired-Gov: NCA helps deliver international operation to dismantle cyber crime sites (Dec 2024)", "https://www.wired-gov.net/wg/news.nsf/articles/national+crime+agency+helps+deliver+international+operation+to+dismantle+cyber+crime+sites+12122024101000?open"),
            Source("Operation PowerOFF: 75k DDoS attack users warned by Europol", "https://susiloharjo.web.id/operation-poweroff-75k-ddos-attack-users-warned-by-europol/"),
        ],
    }, Tlp: TlpMarking.Amber, AmberAgencies: ["GB", "FI"]);

    public static readonly DemoIntervention Gamechangers = new("NL", new InterventionInput
    {
        Name = "Gamechangers",
        Summary = "A 2020 Dutch police campaign for 12–18-year-olds with four online challenges about ethical hacking and what is legal.",
        Description = "Young people took on four online challenges; community police officers played along and prizes included a 'police experience'. Because of the uptake the campaign was extended to 1 June 2020. No evaluation was found.",
        Focus = InterventionFocus.OffendingPrevention,
        Stage = PreventionStage.Primary,
        MinAge = 12,
        MaxAge = 18,
        OffenceTypes = [OffenceType.Hacking],
        Mechanisms = [Mechanism.Education, Mechanism.SkillsRedirection],
        DeliveryFormats = [DeliveryFormat.Campaign, DeliveryFormat.Game, DeliveryFormat.Online],
        Components = [Component("Online challenges", "Four challenges on ethical hacking and the legal line.", sessions: 4)],
        Languages = ["nl"],
        Sources =
        [
            Source("NOS: new campaign to keep young people out of internet crime", "https://nos.nl/artikel/2331184-nieuwe-campagne-om-jongeren-uit-internetcriminaliteit-te-houden.html"),
            Source("RD: police extend campaign against cybercrime", "https://www.rd.nl/vandaag/binnenland/politie-verlengt-campagne-tegen-cybercriminaliteit-1.1663803"),
        ],
    }, Released: false);
}
