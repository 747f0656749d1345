namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

/// <summary>
/// A profile as an editor writes it (page form and API body). Blank rows of the repeating parts (components,
/// staffing, sources) are ignored, so forms can offer empty rows. <see cref="Version"/> is needed to update.
/// </summary>
public sealed class InterventionInput
{
    public string Name { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Description { get; set; } = "";

    public InterventionFocus Focus { get; set; }

    public PreventionStage Stage { get; set; }

    public int MinAge { get; set; } = 12;

    public int MaxAge { get; set; } = 23;

    public List<OffenceType> OffenceTypes { get; set; } = [];

    public List<Mechanism> Mechanisms { get; set; } = [];

    public List<DeliveryFormat> DeliveryFormats { get; set; } = [];

    public List<ComponentInput> Components { get; set; } = [];

    public int? DosageSessions { get; set; }

    public decimal? DosageHours { get; set; }

    public int? DosageWeeks { get; set; }

    public List<StaffingInput> Staffing { get; set; } = [];

    public string CostNote { get; set; } = "";

    public decimal? CostPerParticipantEur { get; set; }

    public string PartnersNeeded { get; set; } = "";

    /// <summary>ISO 639-1 codes, e.g. ["nl", "en"].</summary>
    public List<string> Languages { get; set; } = [];

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactUrl { get; set; } = "";

    public string Website { get; set; } = "";

    public List<SourceInput> Sources { get; set; } = [];

    public Guid Version { get; set; }
}

public sealed class ComponentInput
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public int? PlannedSessions { get; set; }

    public decimal? PlannedHours { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && PlannedSessions is null && PlannedHours is null;
}

public sealed class StaffingInput
{
    public string Role { get; set; } = "";

    public decimal? Fte { get; set; }

    public string TimeNote { get; set; } = "";

    internal bool IsBlank => string.IsNullOrWhiteSpace(Role) && Fte is null && string.IsNullOrWhiteSpace(TimeNote);
}

public sealed class SourceInput
{
    public string Title { get; set; } = "";

    public string Url { get; set; } = "";

    public DateOnly? AccessedOn { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Url) && AccessedOn is null;
}
