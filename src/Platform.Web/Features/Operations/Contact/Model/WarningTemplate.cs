using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Contact.Model;

/// <summary>
/// An agency's warning text in one language, used for emails and letters. Agencies start from the built-in texts
/// (<see cref="Email.DefaultWarningTemplates"/>) and edit them; placeholders {service}, {username}, {operation}, {contact}.
/// </summary>
public sealed class WarningTemplate : IAgencyOwned
{
    public const int SubjectLength = 200;
    public const int BodyLength = 8000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public required string Language { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedById { get; set; }
}

internal sealed class WarningTemplateConfiguration : IEntityTypeConfiguration<WarningTemplate>
{
    public void Configure(EntityTypeBuilder<WarningTemplate> builder)
    {
        builder.ToTable("OperationWarningTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.AgencyCode).HasMaxLength(2);
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Subject).HasMaxLength(WarningTemplate.SubjectLength);
        builder.Property(t => t.Body).HasMaxLength(WarningTemplate.BodyLength);
        builder.Property(t => t.UpdatedById).HasMaxLength(64);
        builder.HasIndex(t => new { t.AgencyCode, t.Language }).IsUnique();
    }
}
