using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>Interventions and documents for search tests, released and TLP:GREEN unless said otherwise.</summary>
public static class SearchTestData
{
    public static Intervention Intervention(
        string owner, string name, string summary, PreventionStage stage = PreventionStage.Tertiary, int minAge = 12, int maxAge = 23,
        OffenceType[]? offences = null, EvidenceTier tier = EvidenceTier.NotRated, string[]? languages = null, string[]? adopters = null,
        TlpMarking tlp = TlpMarking.Green, ReleaseState state = ReleaseState.Released, string description = "") => new()
    {
        Slug = Slugify(name),
        Name = name,
        OwnerAgencyCode = owner,
        Summary = summary,
        Description = description,
        Stage = stage,
        MinAge = minAge,
        MaxAge = maxAge,
        OffenceTypes = [.. offences ?? [OffenceType.Hacking]],
        Languages = [.. languages ?? ["en"]],
        BestEvidenceTier = tier,
        AdoptingCountries = [.. adopters ?? []],
        Tlp = tlp,
        ReleaseState = state,
        CreatedBy = "author",
        LastEditedBy = "author",
    };

    public static KnowledgeDocument Document(
        string owner, string title, string language, string extractedText, Guid? interventionId = null,
        TlpMarking tlp = TlpMarking.Green, ReleaseState state = ReleaseState.Released) => new()
    {
        InterventionId = interventionId,
        Title = title,
        OwnerAgencyCode = owner,
        Language = language,
        FileName = "file.txt",
        ContentType = "text/plain",
        Sha256 = new string('0', 64),
        ExtractedText = extractedText,
        Tlp = tlp,
        ReleaseState = state,
        CreatedBy = "author",
        LastEditedBy = "author",
    };

    private static string Slugify(string name) =>
        new string([.. name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-') + "-" + Guid.NewGuid().ToString("N")[..6];
}
