using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>A row of the catalogue list.</summary>
public sealed record InterventionSummary(
    Guid Id, string Slug, string Name, string Summary, string OwnerAgencyCode, PreventionStage Stage, int MinAge, int MaxAge,
    InterventionFocus Focus, TlpMarking Tlp, ReleaseState ReleaseState, DateTimeOffset UpdatedAt);

public sealed record TranslationView(string Language, string Name, string Summary, string Description);

/// <summary>A full profile as the API returns it.</summary>
public sealed record InterventionView(
    Guid Id,
    string Slug,
    string Name,
    string OwnerAgencyCode,
    string Summary,
    string Description,
    InterventionFocus Focus,
    PreventionStage Stage,
    int MinAge,
    int MaxAge,
    IReadOnlyList<OffenceType> OffenceTypes,
    IReadOnlyList<Mechanism> Mechanisms,
    IReadOnlyList<DeliveryFormat> DeliveryFormats,
    IReadOnlyList<ComponentInput> Components,
    int? DosageSessions,
    decimal? DosageHours,
    int? DosageWeeks,
    IReadOnlyList<StaffingInput> Staffing,
    string CostNote,
    decimal? CostPerParticipantEur,
    string PartnersNeeded,
    IReadOnlyList<string> Languages,
    string ContactName,
    string ContactEmail,
    string ContactUrl,
    string Website,
    IReadOnlyList<SourceInput> Sources,
    EvidenceTier BestEvidenceTier,
    IReadOnlyList<string> AdoptingCountries,
    TlpMarking Tlp,
    IReadOnlyList<string> AmberAgencyCodes,
    ReleaseState ReleaseState,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ReleasedAt,
    Guid Version,
    IReadOnlyList<TranslationView> Translations)
{
    public static InterventionView From(Intervention i, IReadOnlyList<TranslationView> translations)
    {
        var input = InterventionMapping.ToInput(i);
        return new InterventionView(
            i.Id, i.Slug, i.Name, i.OwnerAgencyCode, i.Summary, i.Description, i.Focus, i.Stage, i.MinAge, i.MaxAge,
            i.OffenceTypes, i.Mechanisms, i.DeliveryFormats, input.Components, i.DosageSessions, i.DosageHours, i.DosageWeeks,
            input.Staffing, i.CostNote, i.CostPerParticipantEur, i.PartnersNeeded, i.Languages, i.ContactName, i.ContactEmail,
            i.ContactUrl, i.Website, input.Sources, i.BestEvidenceTier, i.AdoptingCountries, i.Tlp,
            // RED recipients are named members: only their count leaves the owning agency's pages.
            i.AmberAgencyCodes, i.ReleaseState, i.UpdatedAt, i.ReleasedAt, i.Version, translations);
    }
}
