using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// A network event (conference, webinar, workshop) or a session inside one (<see cref="ParentId"/> set). Times are
/// stored as UTC instants plus the IANA zone the organisers planned in, so the local time survives DST changes and
/// calendar files can carry the zone. Events are network knowledge: every signed-in member sees them.
/// </summary>
public sealed class KnowledgeEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The event this session belongs to; sessions have no registration of their own.</summary>
    public Guid? ParentId { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public required string OrganiserAgencyCode { get; set; }

    public Guid? HostPartnerId { get; set; }

    /// <summary>Free-text host when it is no partner organisation of the platform (e.g. another police force).</summary>
    public string? HostName { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>IANA time zone id, e.g. "Europe/Lisbon".</summary>
    public required string TimeZone { get; set; }

    public string? Venue { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>ISO 639-1 code of the working language.</summary>
    public string Language { get; set; } = "en";

    public List<string> Topics { get; set; } = [];

    public List<EventSpeaker> Speakers { get; set; } = [];

    public string? SlidesUrl { get; set; }

    public string? RecordingUrl { get; set; }

    /// <summary>Seats; null means no limit. Further registrations go to the waiting list.</summary>
    public int? Capacity { get; set; }

    /// <summary>Last moment to register; null means until the event starts.</summary>
    public DateTimeOffset? RegistrationDeadline { get; set; }

    /// <summary>iCalendar SEQUENCE: raised on every change so calendar apps replace their copy.</summary>
    public int Sequence { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency for edits.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Changed with every registration change, so two registrations racing for the last seat cannot both win.</summary>
    public Guid RegistrationStamp { get; set; } = Guid.NewGuid();

    public bool IsSession => ParentId is not null;

    public DateTimeOffset RegistrationClosesAt => RegistrationDeadline ?? StartsAt;
}

public enum EventKind
{
    Conference = 0,
    Webinar = 1,
    Workshop = 2,
    Session = 3,
}

/// <summary>Speakers need not be members; only what they agreed to show publicly.</summary>
public sealed class EventSpeaker
{
    public required string Name { get; set; }

    public string? Organisation { get; set; }

    public string? Role { get; set; }
}

internal sealed class KnowledgeEventConfiguration : IEntityTypeConfiguration<KnowledgeEvent>
{
    public void Configure(EntityTypeBuilder<KnowledgeEvent> builder)
    {
        builder.ToTable("KnowledgeEvents");
        builder.Ignore(e => e.IsSession);
        builder.Ignore(e => e.RegistrationClosesAt);
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Description).HasMaxLength(10000);
        builder.Property(e => e.OrganiserAgencyCode).HasMaxLength(2);
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.OrganiserAgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(e => e.HostPartnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<KnowledgeEvent>().WithMany().HasForeignKey(e => e.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.HostName).HasMaxLength(200);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.Language).HasMaxLength(10);
        builder.Property(e => e.SlidesUrl).HasMaxLength(500);
        builder.Property(e => e.RecordingUrl).HasMaxLength(500);
        builder.Property(e => e.CreatedBy).HasMaxLength(450);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.RegistrationStamp).IsConcurrencyToken();
        builder.OwnsMany(e => e.Speakers, s =>
        {
            s.ToJson();
        });
        builder.HasIndex(e => new { e.ParentId, e.StartsAt });
    }
}
