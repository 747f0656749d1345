using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Import;

/// <summary>A source row that could not be imported, kept with its number, raw text (truncated) and the reason.</summary>
public sealed class QuarantinedRow : IAgencyOwned
{
    public const int RawLength = 500;

    public Guid ImportId { get; set; }

    public long RowNumber { get; set; }

    public long Line { get; set; }

    public required string AgencyCode { get; set; }

    public required string Raw { get; set; }

    public required string Reason { get; set; }
}

internal sealed class QuarantinedRowConfiguration : IEntityTypeConfiguration<QuarantinedRow>
{
    public void Configure(EntityTypeBuilder<QuarantinedRow> builder)
    {
        builder.ToTable("OperationQuarantinedRows");
        builder.HasKey(r => new { r.ImportId, r.RowNumber });
        builder.Property(r => r.AgencyCode).HasMaxLength(2);
        builder.Property(r => r.Raw).HasMaxLength(QuarantinedRow.RawLength);
        builder.Property(r => r.Reason).HasMaxLength(300);
        builder.HasOne<OperationImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
