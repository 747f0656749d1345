using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Contact.Model;

/// <summary>How one country's warning emails go out: sender identity, reply address, contact point and throttle.</summary>
public sealed class ContactSenderSettings : IAgencyOwned
{
    public const int DefaultMaxPerMinute = 30;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public string? FromAddress { get; set; }

    public string? DisplayName { get; set; }

    public string? ReplyTo { get; set; }

    /// <summary>Text for the {contact} placeholder: who the person can talk to.</summary>
    public string? ContactPoint { get; set; }

    /// <summary>Default language of the country's messages.</summary>
    public string Language { get; set; } = "en";

    public int MaxPerMinute { get; set; } = DefaultMaxPerMinute;

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ContactSenderSettingsConfiguration : IEntityTypeConfiguration<ContactSenderSettings>
{
    public void Configure(EntityTypeBuilder<ContactSenderSettings> builder)
    {
        builder.ToTable("OperationSenderSettings");
        // A surrogate key: an agency code as primary key would make the country code look like a record key of B.
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.AgencyCode).IsUnique();
        builder.Property(s => s.AgencyCode).HasMaxLength(2);
        builder.Property(s => s.FromAddress).HasMaxLength(320);
        builder.Property(s => s.DisplayName).HasMaxLength(200);
        builder.Property(s => s.ReplyTo).HasMaxLength(320);
        builder.Property(s => s.ContactPoint).HasMaxLength(500);
        builder.Property(s => s.Language).HasMaxLength(8);
    }
}
