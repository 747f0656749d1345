namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>The model of _InterventionForm: the profile input plus the languages as typed ("nl, en").</summary>
public interface IInterventionForm
{
    InterventionInput Input { get; }

    string LanguagesText { get; }
}

public static class InterventionForm
{
    public const int BlankRows = 2;

    /// <summary>Empty rows after the filled ones, so an editor can add components, roles and sources without scripts.</summary>
    public static void Pad(InterventionInput input)
    {
        input.Components.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new ComponentInput()));
        input.Staffing.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new StaffingInput()));
        input.Sources.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new SourceInput()));
    }

    public static List<string> ParseLanguages(string? text) =>
        [.. (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
