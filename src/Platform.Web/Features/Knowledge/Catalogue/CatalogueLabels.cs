using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>English labels (localisation keys) of the catalogue's enums.</summary>
public static class CatalogueLabels
{
    public static string Of(PreventionStage stage) => stage switch
    {
        PreventionStage.Primary => "Primary (all young people)",
        PreventionStage.Secondary => "Secondary (young people at risk)",
        _ => "Tertiary (young people who offended)",
    };

    public static string Of(OffenceType type) => type switch
    {
        OffenceType.DdosForHire => "DDoS for hire",
        OffenceType.Hacking => "Hacking",
        OffenceType.Malware => "Malware",
        OffenceType.PhishingFraud => "Phishing and fraud",
        OffenceType.AccountTheft => "Account theft",
        OffenceType.CheatingModding => "Cheating and modding",
        _ => "Other",
    };

    public static string Of(Mechanism mechanism) => mechanism switch
    {
        Mechanism.Education => "Education",
        Mechanism.Diversion => "Diversion",
        Mechanism.DeterrenceMessaging => "Deterrence messaging",
        Mechanism.SkillsRedirection => "Skills redirection",
        _ => "Restorative",
    };

    public static string Of(DeliveryFormat format) => format switch
    {
        DeliveryFormat.InPerson => "In person",
        DeliveryFormat.Online => "Online",
        DeliveryFormat.Hybrid => "Hybrid",
        DeliveryFormat.Event => "Event",
        DeliveryFormat.Game => "Game",
        _ => "Campaign",
    };

    public static string Of(InterventionFocus focus) => focus switch
    {
        InterventionFocus.OffendingPrevention => "Preventing offending",
        InterventionFocus.VictimSafety => "Victim-side safety (not offender prevention)",
        _ => "Both offending and victim-side safety",
    };

    public static string Of(TlpMarking tlp) => tlp switch
    {
        TlpMarking.Clear => "TLP:CLEAR",
        TlpMarking.Green => "TLP:GREEN",
        TlpMarking.Amber => "TLP:AMBER",
        _ => "TLP:RED",
    };

    public static string Explain(TlpMarking tlp) => tlp switch
    {
        TlpMarking.Clear => "Everyone, also outside the network.",
        TlpMarking.Green => "Every member of the network, partner organisations included.",
        TlpMarking.Amber => "Your agency and the agencies you list below.",
        _ => "Your agency and the members you name below.",
    };

    public static string Of(ReleaseState state) => state == ReleaseState.Released ? "Released" : "National draft";

    public static string CssOf(TlpMarking tlp) => "badge tlp-" + tlp.ToString().ToLowerInvariant();
}
