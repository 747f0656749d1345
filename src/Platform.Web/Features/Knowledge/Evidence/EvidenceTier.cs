using System.Text.Json.Serialization;

namespace Platform.Web.Features.Knowledge.Evidence;

/// <summary>
/// Strength of evidence for one outcome, after CrimeSolutions (Effective / Promising / No effects) with an
/// explicit Emerging tier for plan- or process-evaluated interventions, where almost all COP work sits today.
/// Ordered so that "at least promising" is <c>tier &gt;= Promising</c>; NegativeEffects, NoEffects and Inconclusive rank below Emerging.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceTier>))]
public enum EvidenceTier
{
    NotRated = 0,
    NegativeEffects = 1,
    NoEffects = 2,
    Inconclusive = 3,
    Emerging = 4,
    Promising = 5,
    Effective = 6,
}
