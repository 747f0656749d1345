using Platform.Web.Features.Knowledge.Evidence.Adoptions;
using Platform.Web.Features.Knowledge.Evidence.Readiness;

namespace Platform.Web.Features.Knowledge.Evidence.Demo;

internal sealed record DemoFinding(EvidenceOutcome Outcome, FindingResult Result, string Effect);

internal sealed record DemoEvaluation(
    string Slug, string Title, string Country, int Year, EvaluationDesign Design, int? SampleSize, bool Independent, string Url, string Summary,
    DemoFinding[] Findings);

/// <summary>An agreed rating, or (with <see cref="Resolution"/>) a disputed one settled by the network admin.</summary>
internal sealed record DemoRating(string Slug, EvidenceOutcome Outcome, EvidenceTier First, EvidenceTier Second, string Rationale, EvidenceTier? Resolved = null, string? Resolution = null);

internal sealed record DemoAdoption(string Slug, string Agency, AdoptionStatus Status, DateOnly? Started, string Language, string Adaptations, string Obstacles = "", string Results = "");

internal sealed record DemoReadiness(string Slug, string[] Languages, (ReadinessElement Element, ReadinessLevel Level, string Note)[] Items);

/// <summary>
/// Real, public evaluations of COP interventions (from the research notes), with ratings that stay within what each
/// design can show. Adoptions and readiness are demo data for the fictional network.
/// </summary>
internal static class DemoEvidence
{
    public static readonly DemoEvaluation[] Evaluations =
    [
        new("hack-right", "Hack_Right: plan and process evaluation", "NL", 2021, EvaluationDesign.ProcessOnly, 28, true,
            "https://www.thuas.com/research/centre-expertise/hackright",
            "The Hague University of Applied Sciences evaluated the plan and the delivery of 14 pilots through 28 interviews. No effect study has been done yet.",
            [new(EvidenceOutcome.Reoffending, FindingResult.NotMeasured, "Not measured: an effect evaluation is still needed."),
             new(EvidenceOutcome.Reach, FindingResult.Positive, "26 deployments up to November 2021.")]),
        new("re-b00tcmp", "re_B00TCMP: plan and process evaluation", "NL", 2022, EvaluationDesign.ProcessOnly, null, true,
            "https://www.thuas.com/research/centre-expertise/keeping-young-ict-talent-right-path-plan-and-process-evaluation",
            "Plan evaluation (2022) and process evaluation of three pilots with observations, interviews and questionnaires.",
            [new(EvidenceOutcome.Reoffending, FindingResult.NotMeasured, "Not measured."),
             new(EvidenceOutcome.Reach, FindingResult.Positive, "Oost-Brabant 2023: 140 young people passed the online challenge, more than 30 attended (police report).")]),
        new("be-internet-awesome", "Be Internet Awesome: cluster randomised trial (Jones, Mitchell & Beseler 2023)", "US", 2023, EvaluationDesign.Rct, 1072, true,
            "https://doi.org/10.1007/s40688-023-00465-5",
            "1,072 pupils in grades 4–6 in 14 schools (7 treatment, 7 control). Knowledge gains did not come with changes in behaviour.",
            [new(EvidenceOutcome.Knowledge, FindingResult.Positive, "Significant effect on online-safety knowledge."),
             new(EvidenceOutcome.SelfEfficacy, FindingResult.Positive, "Significant effect on self-efficacy."),
             new(EvidenceOutcome.Behaviour, FindingResult.NoEffect, "No effect on privacy, civility, cyberbullying or talking to parents.")]),
        new("nca-search-ads", "Influence government: deterrence ads and DDoS attacks (Collier, Thomas, Clayton & Hutchings 2022)", "GB", 2022,
            EvaluationDesign.QuasiExperimental, null, true, "https://doi.org/10.1080/10439463.2021.1883608",
            "Time-series analysis of attack data around interventions. The NCA's search ads (December 2017 – June 2018) coincided with UK attack numbers stopping their growth; takedowns also reduced attacks, arrests and sentencing had little lasting effect.",
            [new(EvidenceOutcome.DdosVolume, FindingResult.Positive, "UK DDoS attack numbers stopped growing while the ads ran.")]),
        new("poweroff-warnings", "Deterrence ad campaigns against DDoS-for-hire in six countries (Moneva & Leukfeldt 2023)", "NL", 2023,
            EvaluationDesign.QuasiExperimental, null, true, "https://doi.org/10.1111/1745-9133.12649",
            "Difference-in-differences over 7 online campaigns in 6 countries (DK, FI, NL, NO, SE, PT): the deterrence messaging used alongside Operation PowerOFF.",
            [new(EvidenceOutcome.DdosVolume, FindingResult.Mixed, "Mixed effects on DDoS attack volume; no clear short-term reduction.")]),
        new("hackshield", "HackShield: plan and process evaluation", "NL", 2021, EvaluationDesign.ProcessOnly, 30, true,
            "https://www.dehaagsehogeschool.nl/onderzoek/kenniscentra/hackshield-noord-holland",
            "30 interviews in 2020–21, skewed towards keen testers. The evaluators state that an effect evaluation is still needed.",
            [new(EvidenceOutcome.Knowledge, FindingResult.NotMeasured, "Not measured: an effect evaluation is still needed.")]),
        new("hackshield", "HackShield and two other programmes: pre/post study (Utrecht University MSc thesis)", "NL", 2023, EvaluationDesign.PrePost, 259, true,
            "https://studenttheses.uu.nl/handle/20.500.12932/49658",
            "319 pupils before, 259 before and after; no control group, and HackShield was combined with two other programmes.",
            [new(EvidenceOutcome.Knowledge, FindingResult.Positive, "Significant rise in self-reported cyber resilience (knowledge, awareness, safer behaviour).")]),
    ];

    public static readonly DemoRating[] Ratings =
    [
        new("hack-right", EvidenceOutcome.Reoffending, EvidenceTier.Emerging, EvidenceTier.Emerging,
            "Plan and process evaluation of 14 pilots shows it can be delivered; re-offending has not been measured."),
        new("re-b00tcmp", EvidenceOutcome.Reoffending, EvidenceTier.Emerging, EvidenceTier.Emerging,
            "Plan and process evaluation of three pilots; no outcome measurement yet."),
        new("hackshield", EvidenceOutcome.Knowledge, EvidenceTier.Emerging, EvidenceTier.Emerging,
            "Process evaluation plus one uncontrolled pre/post study mixed with other programmes: not enough for Promising."),
        new("be-internet-awesome", EvidenceOutcome.Knowledge, EvidenceTier.Promising, EvidenceTier.Promising,
            "One cluster RCT with a significant knowledge effect; no replication yet, so not Effective."),
        new("be-internet-awesome", EvidenceOutcome.SelfEfficacy, EvidenceTier.Promising, EvidenceTier.Promising,
            "One cluster RCT with a significant self-efficacy effect; not replicated."),
        new("nca-search-ads", EvidenceOutcome.DdosVolume, EvidenceTier.Promising, EvidenceTier.Promising,
            "One quasi-experimental time-series study in which attack growth stopped during the campaign."),
        new("poweroff-warnings", EvidenceOutcome.DdosVolume, EvidenceTier.NoEffects, EvidenceTier.Inconclusive,
            "Difference-in-differences over seven campaigns with mixed results.",
            EvidenceTier.Inconclusive, "Mixed results across seven campaigns are not strong evidence of no effect: rated inconclusive until more campaigns are evaluated."),
    ];

    public static readonly DemoAdoption[] Adoptions =
    [
        new("hack-right", "NL", AdoptionStatus.Running, new DateOnly(2019, 1, 1), "nl", "Original programme. (demo dates)"),
        new("hack-right", "PT", AdoptionStatus.Piloting, new DateOnly(2026, 3, 1), "pt",
            "Modules translated; the restoration module is arranged with the public prosecutor's mediation service. (demo)", "Finding IT companies for the alternative assignment. (demo)"),
        new("hack-right", "FI", AdoptionStatus.Piloting, new DateOnly(2026, 5, 15), "fi", "Coaching delivered by the youth services instead of the police. (demo)"),
        new("cyber-choices", "GB", AdoptionStatus.Running, new DateOnly(2018, 1, 1), "en", "Original programme. (demo dates)"),
        new("re-b00tcmp", "BE", AdoptionStatus.Interested, null, "nl", "", "", "Looking for a host city for a first event. (demo)"),
        new("hackshield", "NL", AdoptionStatus.Running, new DateOnly(2020, 6, 1), "nl", "Original game. (demo dates)"),
        new("hackshield", "BE", AdoptionStatus.Running, new DateOnly(2022, 1, 1), "nl", "Flemish edition. (demo dates)"),
        new("hackshield", "DE", AdoptionStatus.Running, new DateOnly(2023, 1, 1), "de", "German edition. (demo dates)"),
    ];

    private const ReadinessLevel Yes = ReadinessLevel.Available;
    private const ReadinessLevel Part = ReadinessLevel.Partial;
    private const ReadinessLevel No = ReadinessLevel.NotAvailable;

    public static readonly DemoReadiness[] Readiness =
    [
        new("hack-right", ["nl", "en"],
        [
            (ReadinessElement.Manual, Yes, "Programme manual with the four modules. (demo)"),
            (ReadinessElement.Training, Part, "Train-the-trainer day on request. (demo)"),
            (ReadinessElement.TechnicalAssistance, Yes, "The Dutch team supports pilots by video call. (demo)"),
            (ReadinessElement.Materials, Part, "Dutch materials; English summary. (demo)"),
            (ReadinessElement.StartUpCosts, Part, "Staff time for setting up with the prosecutor. (demo)"),
            (ReadinessElement.RunningCosts, No, ""),
            (ReadinessElement.Staffing, Yes, "Coach with youth-work background plus a police cyber specialist. (demo)"),
            (ReadinessElement.FidelityChecklist, No, "Planned. (demo)"),
        ]),
        new("re-b00tcmp", ["nl"],
        [
            (ReadinessElement.Manual, Part, "Event script and challenge platform description. (demo)"),
            (ReadinessElement.Training, No, ""),
            (ReadinessElement.TechnicalAssistance, Part, "Visit to a Dutch event possible. (demo)"),
            (ReadinessElement.Materials, Part, "Challenge in Dutch. (demo)"),
            (ReadinessElement.StartUpCosts, Yes, "Venue, catering, challenge hosting. (demo)"),
            (ReadinessElement.RunningCosts, Part, ""),
            (ReadinessElement.Staffing, Part, ""),
            (ReadinessElement.FidelityChecklist, No, ""),
        ]),
        new("cyber-choices", ["en"],
        [
            (ReadinessElement.Manual, Part, "Lesson plans for KS2 and KS3 published. (demo)"),
            (ReadinessElement.Training, No, ""),
            (ReadinessElement.TechnicalAssistance, No, ""),
            (ReadinessElement.Materials, Yes, "Lesson plans, game cards, parent webinars. (demo)"),
            (ReadinessElement.StartUpCosts, No, ""),
            (ReadinessElement.RunningCosts, No, ""),
            (ReadinessElement.Staffing, Part, ""),
            (ReadinessElement.FidelityChecklist, No, ""),
        ]),
    ];
}
