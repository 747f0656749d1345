using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

public sealed class AdoptionInput
{
    public AdoptionStatus Status { get; set; } = AdoptionStatus.Interested;

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    [RegularExpression("^[A-Za-z]{2,3}$", ErrorMessage = "Enter the language as a two-letter code, such as fi.")]
    public string? Language { get; set; }

    [StringLength(200, ErrorMessage = "The contact can be at most 200 characters.")]
    public string? Contact { get; set; }

    [StringLength(4000, ErrorMessage = "What was adapted can be at most 4000 characters.")]
    public string? Adaptations { get; set; }

    [StringLength(4000, ErrorMessage = "The obstacles can be at most 4000 characters.")]
    public string? Obstacles { get; set; }

    [StringLength(4000, ErrorMessage = "The results can be at most 4000 characters.")]
    public string? Results { get; set; }

    /// <summary>Why the status changed; kept in the history.</summary>
    [StringLength(1000, ErrorMessage = "The note can be at most 1000 characters.")]
    public string? Note { get; set; }
}

public sealed record AdoptionHistoryView(AdoptionStatus? From, AdoptionStatus To, string ChangedByName, DateTimeOffset ChangedAt, string Note);

public sealed record AdoptionView(
    Guid Id,
    Guid InterventionId,
    string AgencyCode,
    string CountryName,
    AdoptionStatus Status,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string? Language,
    string? Contact,
    string Adaptations,
    string Obstacles,
    string Results,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Guid> EvaluationIds,
    IReadOnlyList<AdoptionHistoryView> History);

public static class AdoptionLabels
{
    public static string Label(AdoptionStatus status) => status switch
    {
        AdoptionStatus.Interested => "Interested",
        AdoptionStatus.Piloting => "Piloting",
        AdoptionStatus.Running => "Running",
        AdoptionStatus.Stopped => "Stopped",
        _ => status.ToString(),
    };
}
