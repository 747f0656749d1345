using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>Consent of the young person or of a guardian, with its date and scope. Later records supersede earlier ones.</summary>
public sealed class ConsentRecord : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public ConsentPerson Person { get; set; }

    public ConsentStatus Status { get; set; }

    public DateOnly GivenOn { get; set; }

    /// <summary>Scope keys from the programme's consent rules (e.g. "participation", "partner-assignment").</summary>
    public List<string> Scope { get; set; } = [];

    public string? Note { get; set; }

    public required string RecordedById { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum ConsentPerson
{
    YoungPerson = 0,
    Guardian = 1,
}

public enum ConsentStatus
{
    Given = 0,
    Refused = 1,
    Withdrawn = 2,
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("CaseConsents");
        builder.Property(c => c.AgencyCode).HasMaxLength(2);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.RecordedById).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
