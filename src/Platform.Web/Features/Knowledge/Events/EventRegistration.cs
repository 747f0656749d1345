using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>
/// A member's seat (or place on the waiting list) at an event. Not agency-owned: the organising agency, which may be
/// another country, needs the participant's name and agency; nothing else about the member is kept here.
/// </summary>
public sealed class EventRegistration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EventId { get; set; }

    public required string MemberId { get; set; }

    public RegistrationStatus Status { get; set; }

    /// <summary>Order of the waiting list: first come, first promoted.</summary>
    public DateTimeOffset RegisteredAt { get; set; }
}

public enum RegistrationStatus
{
    Confirmed = 0,
    Waitlisted = 1,
}

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("KnowledgeEventRegistrations");
        builder.Property(r => r.MemberId).HasMaxLength(450);
        builder.HasOne<KnowledgeEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.EventId, r.MemberId }).IsUnique();
        builder.HasIndex(r => new { r.MemberId, r.Status });
    }
}
