using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>A note on a case, marked as fact or assessment (LED Art. 7).</summary>
public sealed class CaseNote : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid CaseId { get; set; }

    public StatementKind Kind { get; set; }

    public required string Text { get; set; }

    public required string AuthorId { get; set; }

    public DateTimeOffset WrittenAt { get; set; }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.Property(n => n.AgencyCode).HasMaxLength(2);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorId).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
