namespace Platform.Web.Features.Knowledge.Events;

public sealed record SpeakerView(string Name, string? Organisation, string? Role);

/// <summary>An event as members see it: counts only, never the participants (see <see cref="ListParticipantsHandler"/>).</summary>
public sealed record EventView(
    Guid Id,
    Guid? ParentId,
    EventKind Kind,
    string Title,
    string Description,
    string OrganiserAgencyCode,
    string OrganiserName,
    Guid? HostPartnerId,
    string? Host,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Venue,
    string? OnlineUrl,
    string Language,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SpeakerView> Speakers,
    string? SlidesUrl,
    string? RecordingUrl,
    int? Capacity,
    DateTimeOffset? RegistrationDeadline,
    int Sequence,
    int ConfirmedCount,
    int WaitlistCount,
    RegistrationStatus? MyStatus,
    bool CanEdit)
{
    public IReadOnlyList<EventView> Sessions { get; init; } = [];

    public bool IsSession => ParentId is not null;

    public int? SeatsLeft => Capacity is { } c ? Math.Max(0, c - ConfirmedCount) : null;

    public bool RegistrationOpenAt(DateTimeOffset now) => !IsSession && now < (RegistrationDeadline ?? StartsAt);
}
