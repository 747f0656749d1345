using System.Text.Json.Serialization;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>Outcomes that COP interventions are evaluated and rated on: ratings are per outcome, not per intervention.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceOutcome>))]
public enum EvidenceOutcome
{
    Reoffending = 0,
    Knowledge = 1,
    Attitudes = 2,
    SelfEfficacy = 3,
    Behaviour = 4,
    Reach = 5,
    Engagement = 6,
    DdosVolume = 7,
}

[JsonConverter(typeof(JsonStringEnumConverter<EvaluationDesign>))]
public enum EvaluationDesign
{
    /// <summary>Randomised controlled trial, individual or cluster.</summary>
    Rct = 0,

    /// <summary>Comparison group without randomisation, e.g. difference-in-differences or interrupted time series.</summary>
    QuasiExperimental = 1,

    /// <summary>Before/after measurement without a comparison group.</summary>
    PrePost = 2,

    /// <summary>How it was delivered (interviews, observation), no effect measurement.</summary>
    ProcessOnly = 3,

    /// <summary>Whether the plan and its theory of change hold up, before or at the start of delivery.</summary>
    PlanEvaluation = 4,
}

[JsonConverter(typeof(JsonStringEnumConverter<FindingResult>))]
public enum FindingResult
{
    Positive = 0,
    NoEffect = 1,
    Negative = 2,
    Mixed = 3,
    NotMeasured = 4,
}

/// <summary>English labels and plain-language meanings (localised by the views through their keys).</summary>
public static class EvidenceLabels
{
    public static string Label(EvidenceOutcome outcome) => outcome switch
    {
        EvidenceOutcome.Reoffending => "Re-offending",
        EvidenceOutcome.Knowledge => "Knowledge",
        EvidenceOutcome.Attitudes => "Attitudes",
        EvidenceOutcome.SelfEfficacy => "Self-efficacy",
        EvidenceOutcome.Behaviour => "Behaviour",
        EvidenceOutcome.Reach => "Reach",
        EvidenceOutcome.Engagement => "Engagement",
        EvidenceOutcome.DdosVolume => "DDoS attack volume",
        _ => outcome.ToString(),
    };

    public static string Label(EvaluationDesign design) => design switch
    {
        EvaluationDesign.Rct => "Randomised controlled trial",
        EvaluationDesign.QuasiExperimental => "Quasi-experimental",
        EvaluationDesign.PrePost => "Pre/post without comparison group",
        EvaluationDesign.ProcessOnly => "Process evaluation only",
        EvaluationDesign.PlanEvaluation => "Plan evaluation",
        _ => design.ToString(),
    };

    public static string Label(FindingResult result) => result switch
    {
        FindingResult.Positive => "Positive",
        FindingResult.NoEffect => "No effect",
        FindingResult.Negative => "Negative",
        FindingResult.Mixed => "Mixed",
        FindingResult.NotMeasured => "Not measured",
        _ => result.ToString(),
    };

    public static string Label(EvidenceTier tier) => tier switch
    {
        EvidenceTier.NotRated => "Not rated",
        EvidenceTier.NegativeEffects => "Negative effects",
        EvidenceTier.NoEffects => "No effects",
        EvidenceTier.Inconclusive => "Inconclusive",
        EvidenceTier.Emerging => "Emerging",
        EvidenceTier.Promising => "Promising",
        EvidenceTier.Effective => "Effective",
        _ => tier.ToString(),
    };

    public static string Meaning(EvidenceTier tier) => tier switch
    {
        EvidenceTier.NotRated => "Nobody has rated the evidence for this outcome yet.",
        EvidenceTier.NegativeEffects => "Strong evidence that it makes this outcome worse. Do not use it for this aim.",
        EvidenceTier.NoEffects => "Strong evidence that it does not change this outcome.",
        EvidenceTier.Inconclusive => "Studies exist but are too weak or contradictory to say whether it works.",
        EvidenceTier.Emerging => "A plan or process evaluation shows it can be delivered as intended; whether it works is not yet measured.",
        EvidenceTier.Promising => "Some evidence from a controlled study that it achieves this outcome.",
        EvidenceTier.Effective => "Strong evidence from controlled studies that it achieves this outcome.",
        _ => "",
    };

    /// <summary>Designs that compare with a group who did not get the intervention: the minimum for Promising or Effective.</summary>
    public static bool IsControlled(EvaluationDesign design) => design is EvaluationDesign.Rct or EvaluationDesign.QuasiExperimental;
}
