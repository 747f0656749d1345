using System.Text.Json.Serialization;

namespace Platform.Web.Features.Knowledge.Catalogue;

/// <summary>One module or component of an intervention (Hack_Right: restoration, training, alternative assignment, coaching).</summary>
public sealed class InterventionComponent
{
    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public int? PlannedSessions { get; set; }

    public decimal? PlannedHours { get; set; }
}

/// <summary>A role the intervention needs and how much of it (e.g. "Youth officer", 0.2 FTE, "4 hours per participant").</summary>
public sealed class StaffingRole
{
    public required string Role { get; set; }

    public decimal? Fte { get; set; }

    public string TimeNote { get; set; } = "";
}

/// <summary>A public source the profile's facts come from.</summary>
public sealed class SourceCitation
{
    public required string Title { get; set; }

    public required string Url { get; set; }

    public DateOnly? AccessedOn { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryFormat>))]
public enum DeliveryFormat
{
    InPerson = 0,
    Online = 1,
    Hybrid = 2,
    Event = 3,
    Game = 4,
    Campaign = 5,
}

/// <summary>Which side of cybercrime an intervention works on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterventionFocus>))]
public enum InterventionFocus
{
    OffendingPrevention = 0,
    VictimSafety = 1,
    Both = 2,
}
