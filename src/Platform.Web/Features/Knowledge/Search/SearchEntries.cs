using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;

namespace Platform.Web.Features.Knowledge.Search;

/// <summary>How a catalogue item becomes an index entry and its texts: one place that decides what is searchable.</summary>
public static class SearchEntries
{
    private const int SummaryLength = 300;

    public static void Fill(KnowledgeSearchEntry entry, Intervention intervention, IReadOnlyList<InterventionText> translations)
    {
        entry.ItemId = intervention.Id;
        entry.Kind = KnowledgeItemKind.Intervention;
        entry.InterventionId = null;
        entry.Slug = intervention.Slug;
        entry.Title = intervention.Name;
        entry.Summary = Shorten(intervention.Summary.Length > 0 ? intervention.Summary : intervention.Description);
        CopySharing(entry, intervention.OwnerAgencyCode, intervention.Tlp, intervention.ReleaseState, intervention.AmberAgencyCodes, intervention.RedMemberIds);
        CopyFacets(entry, intervention);
        entry.Countries = KnowledgeSearchEntry.Codes([intervention.OwnerAgencyCode, .. intervention.AdoptingCountries]);
        entry.Languages = KnowledgeSearchEntry.Codes([.. intervention.Languages.Select(l => l.ToLowerInvariant()), .. translations.Select(t => t.Language.ToLowerInvariant())]);
    }

    public static IReadOnlyList<SearchText> Texts(Intervention intervention, IReadOnlyList<InterventionText> translations) =>
    [
        SearchText.Of("en", intervention.Name, intervention.Summary, intervention.Description),
        .. translations
            .Where(t => !string.Equals(t.Language, "en", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(t => t.Language.ToLowerInvariant())
            .Select(t => SearchText.Of(t.Language.ToLowerInvariant(), t.Name, t.Summary, t.Description)),
    ];

    public static void Fill(KnowledgeSearchEntry entry, KnowledgeDocument document, Intervention? intervention)
    {
        entry.ItemId = document.Id;
        entry.Kind = KnowledgeItemKind.Document;
        entry.InterventionId = document.InterventionId;
        entry.Slug = null;
        entry.Title = document.Title;
        entry.Summary = Shorten(document.Description.Length > 0 ? document.Description : document.ExtractedText);
        CopySharing(entry, document.OwnerAgencyCode, document.Tlp, document.ReleaseState, document.AmberAgencyCodes, document.RedMemberIds);
        if (intervention is null)
        {
            entry.Stage = null;
            entry.OffenceMask = 0;
            entry.Tier = EvidenceTier.NotRated;
            entry.MinAge = null;
            entry.MaxAge = null;
        }
        else
        {
            // A manual of an intervention is found by that intervention's stage, offences, ages and evidence.
            CopyFacets(entry, intervention);
        }

        entry.Countries = KnowledgeSearchEntry.Codes([document.OwnerAgencyCode, .. intervention?.AdoptingCountries ?? []]);
        entry.Languages = KnowledgeSearchEntry.Codes([document.Language.ToLowerInvariant()]);
    }

    public static IReadOnlyList<SearchText> Texts(KnowledgeDocument document) =>
        [SearchText.Of(document.Language.ToLowerInvariant(), document.Title, document.Description, document.ExtractedText)];

    private static void CopySharing(
        KnowledgeSearchEntry entry, string owner, Infrastructure.Sharing.TlpMarking tlp, Infrastructure.Sharing.ReleaseState state,
        List<string> amber, List<string> red)
    {
        entry.OwnerAgencyCode = owner;
        entry.Tlp = tlp;
        entry.ReleaseState = state;
        entry.AmberAgencyCodes = [.. amber];
        entry.RedMemberIds = [.. red];
    }

    private static void CopyFacets(KnowledgeSearchEntry entry, Intervention intervention)
    {
        entry.Stage = intervention.Stage;
        entry.OffenceMask = KnowledgeSearchEntry.MaskOf(intervention.OffenceTypes);
        entry.Tier = intervention.BestEvidenceTier;
        entry.MinAge = intervention.MinAge;
        entry.MaxAge = intervention.MaxAge;
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= SummaryLength ? flat : flat[..(SummaryLength - 1)].TrimEnd() + "…";
    }
}
