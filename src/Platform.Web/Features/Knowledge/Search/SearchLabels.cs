using System.Globalization;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>English labels (localization keys) for facet values shown on the search page.</summary>
public static class SearchLabels
{
    public static string Stage(PreventionStage stage) => stage switch
    {
        PreventionStage.Primary => "Primary (everyone)",
        PreventionStage.Secondary => "Secondary (at risk)",
        PreventionStage.Tertiary => "Tertiary (already offended)",
        _ => stage.ToString(),
    };

    public static string Offence(OffenceType offence) => offence switch
    {
        OffenceType.DdosForHire => "DDoS (booters, stressers)",
        OffenceType.Hacking => "Hacking",
        OffenceType.Malware => "Malware",
        OffenceType.PhishingFraud => "Phishing and fraud",
        OffenceType.AccountTheft => "Account theft",
        OffenceType.CheatingModding => "Cheating and modding",
        _ => "Other",
    };

    public static string Tier(EvidenceTier tier) => tier switch
    {
        EvidenceTier.Effective => "Effective",
        EvidenceTier.Promising => "Promising",
        EvidenceTier.Emerging => "Emerging",
        EvidenceTier.Inconclusive => "Inconclusive",
        EvidenceTier.NoEffects => "No effects",
        EvidenceTier.NegativeEffects => "Negative effects",
        _ => "Not rated",
    };

    /// <summary>A language in its own name ("Nederlands"), so every reader recognises their own.</summary>
    public static string Language(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.NativeName.Length > 0 && !culture.NativeName.StartsWith("Unknown", StringComparison.Ordinal)
                ? culture.TextInfo.ToTitleCase(culture.NativeName)
                : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static FacetCount? Find(IReadOnlyList<FacetCount> counts, string value) =>
        counts.FirstOrDefault(c => string.Equals(c.Value, value, StringComparison.OrdinalIgnoreCase));
}
