using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Contact.Model;

/// <summary>One time-stamped thing that happened after a contact action (delivered, bounced, responded, ...).</summary>
public sealed class ContactOutcome : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid ActionId { get; set; }

    public Guid PersonId { get; set; }

    public ContactOutcomeKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The member who recorded it; null when the sender job recorded it.</summary>
    public string? RecordedById { get; set; }

    public string? Notes { get; set; }
}

internal sealed class ContactOutcomeConfiguration : IEntityTypeConfiguration<ContactOutcome>
{
    public void Configure(EntityTypeBuilder<ContactOutcome> builder)
    {
        builder.ToTable("OperationContactOutcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.AgencyCode).HasMaxLength(2);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.RecordedById).HasMaxLength(64);
        builder.Property(o => o.Notes).HasMaxLength(ContactAction.NotesLength);
        builder.HasIndex(o => o.PersonId);
    }
}
