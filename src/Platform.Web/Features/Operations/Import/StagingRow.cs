using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// One imported row of seized data, in canonical fields (one wide table for the four kinds, so one bulk path and
/// one aggregation serve them all). Identified by (import, row number), but without a primary key: the rows are only
/// ever written by the import, in row order, and read by import (<see cref="StagingIndex"/>). A duplicated row (same
/// hash of the row's values) is not staged when it repeats a row of its own file (<see cref="ImportRunner"/>) and is
/// removed when its import finishes if an earlier import of the operation holds it (<see cref="FinishImport"/>).
/// Owned by the coordinating agency until persons are built from it.
/// </summary>
public sealed class StagingRow : IAgencyOwned
{
    public Guid OperationId { get; set; }

    public ImportKind Kind { get; set; }

    /// <summary>First 16 bytes of the SHA-256 of all the row's source values.</summary>
    public required byte[] RowHash { get; set; }

    public Guid ImportId { get; set; }

    public long RowNumber { get; set; }

    public required string AgencyCode { get; set; }

    public required string AccountId { get; set; }

    public string? Username { get; set; }
    public string? Email { get; set; }
    public string? Ip { get; set; }

    /// <summary>Time of the event (registration, login, payment, attack) in Unix milliseconds, UTC.</summary>
    public long? AtMs { get; set; }

    public string? Phone { get; set; }

    /// <summary>Age stated in the data, or computed from a stated birth date at the takedown date; the birth date is not kept.</summary>
    public int? StatedAge { get; set; }

    public long? AmountCents { get; set; }
    public string? Currency { get; set; }
    public string? PayerEmail { get; set; }
    public string? CryptoAddress { get; set; }
    public string? Country { get; set; }
    public string? Target { get; set; }
    public int? DurationSeconds { get; set; }
    public string? Method { get; set; }
}

internal sealed class StagingRowConfiguration : IEntityTypeConfiguration<StagingRow>
{
    public void Configure(EntityTypeBuilder<StagingRow> builder)
    {
        builder.ToTable("OperationStagingRows");
        builder.HasNoKey();
        builder.HasIndex(r => r.ImportId, StagingIndex.Name).HasMethod("brin");
        builder.Property(r => r.RowHash).HasMaxLength(16);
        builder.Property(r => r.AgencyCode).HasMaxLength(2);
        foreach (var name in new[] { nameof(StagingRow.AccountId), nameof(StagingRow.Username), nameof(StagingRow.Email), nameof(StagingRow.Ip),
                     nameof(StagingRow.Phone), nameof(StagingRow.PayerEmail), nameof(StagingRow.CryptoAddress), nameof(StagingRow.Target), nameof(StagingRow.Method) })
        {
            builder.Property(name).HasMaxLength(320);
        }

        builder.Property(r => r.Currency).HasMaxLength(10);
        builder.Property(r => r.Country).HasMaxLength(64);
        builder.ReadThroughParentKeyOnly();
    }
}
