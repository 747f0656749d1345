namespace Platform.Web.Features.Operations.Attribution;

/// <summary>Who owns a person: the attributed country if it takes part and no review is needed, else the coordinator.</summary>
public static class OwnerRule
{
    public static string Owner(CountryAttribution attribution, IReadOnlySet<string> participants, string coordinatingAgency)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        ArgumentNullException.ThrowIfNull(participants);
        return attribution is { Country: { } country, NeedsReview: false } && participants.Contains(country) ? country : coordinatingAgency;
    }
}
