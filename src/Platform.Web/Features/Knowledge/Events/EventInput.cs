using System.ComponentModel.DataAnnotations;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// What organisers enter for an event or session. <see cref="Start"/>, <see cref="End"/> and
/// <see cref="RegistrationDeadline"/> are wall-clock times in <see cref="TimeZone"/> (an IANA id), as the organiser
/// plans them; the handler turns them into instants.
/// </summary>
public sealed class EventInput
{
    public EventKind Kind { get; set; } = EventKind.Webinar;

    /// <summary>For a session: the event it belongs to.</summary>
    public Guid? ParentId { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(200, ErrorMessage = "The title can be at most 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(10000, ErrorMessage = "The description can be at most 10000 characters.")]
    public string? Description { get; set; }

    /// <summary>Network admins may organise on behalf of another agency; everyone else organises for their own.</summary>
    [StringLength(2, ErrorMessage = "Choose an agency.")]
    public string? OrganiserAgencyCode { get; set; }

    public Guid? HostPartnerId { get; set; }

    [StringLength(200, ErrorMessage = "The host can be at most 200 characters.")]
    public string? HostName { get; set; }

    [Required(ErrorMessage = "Enter the start.")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Enter the end.")]
    public DateTime? End { get; set; }

    [Required(ErrorMessage = "Choose a time zone.")]
    [StringLength(64, ErrorMessage = "Choose a time zone.")]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    [StringLength(300, ErrorMessage = "The venue can be at most 300 characters.")]
    public string? Venue { get; set; }

    [StringLength(500, ErrorMessage = "The address can be at most 500 characters.")]
    public string? OnlineUrl { get; set; }

    [Required(ErrorMessage = "Choose a language.")]
    [RegularExpression("^[a-z]{2}$", ErrorMessage = "Choose a language.")]
    public string Language { get; set; } = "en";

    public List<string> Topics { get; set; } = [];

    public List<SpeakerInput> Speakers { get; set; } = [];

    [StringLength(500, ErrorMessage = "The address can be at most 500 characters.")]
    public string? SlidesUrl { get; set; }

    [StringLength(500, ErrorMessage = "The address can be at most 500 characters.")]
    public string? RecordingUrl { get; set; }

    [Range(1, 100000, ErrorMessage = "Enter a number of seats from 1 to 100000, or leave it empty for no limit.")]
    public int? Capacity { get; set; }

    public DateTime? RegistrationDeadline { get; set; }
}

public sealed class SpeakerInput
{
    [Required(ErrorMessage = "Enter the speaker's name.")]
    [StringLength(150, ErrorMessage = "A speaker's name can be at most 150 characters.")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "An organisation can be at most 200 characters.")]
    public string? Organisation { get; set; }

    [StringLength(150, ErrorMessage = "A speaker's role can be at most 150 characters.")]
    public string? Role { get; set; }
}
