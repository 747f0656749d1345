using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Operations.Model;

/// <summary>
/// A takedown of a criminal service and its prevention follow-up. Not agency-owned: it is shared by the participating
/// countries (and only them, see <see cref="OperationVisibility"/>); the personal data it yields lives in agency-owned
/// rows (<see cref="OperationPerson"/>), each visible to one country only.
/// </summary>
public sealed class Operation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short unique reference, e.g. "POWEROFF-2026-04".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The seized service as it was known, e.g. a booter's domain.</summary>
    public required string TargetService { get; set; }

    public ServiceType ServiceType { get; set; }

    /// <summary>The agency that holds the seized data and imports it (ISO 3166 code).</summary>
    public required string CoordinatingAgencyCode { get; set; }

    /// <summary>Legal basis for processing and sharing, as the coordinator recorded it (free text, required).</summary>
    public required string LegalBasisNote { get; set; }

    public DateOnly? TakedownDate { get; set; }

    public DateOnly? DataSeizedOn { get; set; }

    public OperationStatus Status { get; set; } = OperationStatus.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    public List<OperationParticipant> Participants { get; set; } = [];
}

public enum ServiceType
{
    DdosForHire,
    HackingForum,
    Marketplace,
    MalwareOrRat,
    CredentialShop,
    Other,
}

public enum OperationStatus
{
    Open,
    Closed,
}

/// <summary>A country taking part in an operation; the coordinating country is always one of them.</summary>
public sealed class OperationParticipant
{
    public Guid OperationId { get; set; }

    public required string AgencyCode { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

internal sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(40);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.TargetService).HasMaxLength(200);
        builder.Property(o => o.CoordinatingAgencyCode).HasMaxLength(2);
        builder.Property(o => o.LegalBasisNote).HasMaxLength(4000);
        builder.Property(o => o.CreatedById).HasMaxLength(64);
        builder.Property(o => o.ServiceType).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(o => o.Participants).WithOne().HasForeignKey(p => p.OperationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OperationParticipantConfiguration : IEntityTypeConfiguration<OperationParticipant>
{
    public void Configure(EntityTypeBuilder<OperationParticipant> builder)
    {
        builder.HasKey(p => new { p.OperationId, p.AgencyCode });
        builder.Property(p => p.AgencyCode).HasMaxLength(2);
        builder.HasIndex(p => p.AgencyCode);
    }
}
