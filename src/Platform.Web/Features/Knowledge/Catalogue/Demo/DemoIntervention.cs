using Platform.Web.Features.Knowledge.Catalogue.Interventions;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Catalogue.Demo;

/// <summary>A seeded profile: the owner's input plus how it is shared and its other language versions.</summary>
internal sealed record DemoIntervention(
    string Owner,
    InterventionInput Input,
    TlpMarking Tlp = TlpMarking.Green,
    string[]? AmberAgencies = null,
    bool Released = true,
    TranslationInput[]? Translations = null);

internal static class DemoSources
{
    public static readonly DateOnly Accessed = new(2025, 11, 20);

    public static SourceInput Source(string title, string url) => new() { Title = title, Url = url, AccessedOn = Accessed };

    public static ComponentInput Component(string name, string description, int? sessions = null, decimal? hours = null) =>
        new() { Name = name, Description = description, PlannedSessions = sessions, PlannedHours = hours };
}
