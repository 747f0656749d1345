using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Operations.Model;

namespace Platform.Web.Features.Operations.Import;

/// <summary>
/// One seized file imported into an operation by the coordinating agency: where it is, its SHA-256 (chain of
/// custody), the confirmed column mapping, and the checkpoint (rows and bytes committed, written in the same
/// transaction as each batch) from which an interrupted run resumes. Holds no personal data: names, counts, hashes.
/// </summary>
public sealed class OperationImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OperationId { get; set; }

    public ImportKind Kind { get; set; }

    public ImportFormat Format { get; set; }

    public required string FileName { get; set; }

    /// <summary>Full path of the file as stored (upload: data folder; CLI: the path given).</summary>
    public required string StoredPath { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Column names found in the file (CSV header; JSON Lines: keys of the first lines).</summary>
    public List<string> Columns { get; set; } = [];

    /// <summary>Confirmed mapping, one "source=canonical" per mapped column.</summary>
    public List<string> Mapping { get; set; } = [];

    public ImportStatus Status { get; set; } = ImportStatus.AwaitingMapping;

    public Guid? JobId { get; set; }

    /// <summary>Checkpoint: data rows processed (imported, duplicate or quarantined) and committed.</summary>
    public long RowsCommitted { get; set; }

    /// <summary>Checkpoint: byte offset in the file where the next record starts.</summary>
    public long BytesCommitted { get; set; }

    /// <summary>Checkpoint: physical line number (1-based) of the next record, for quarantine messages.</summary>
    public long LineCommitted { get; set; }

    public long Imported { get; set; }

    public long Quarantined { get; set; }

    public long Duplicates { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ImportKind>))]
public enum ImportKind
{
    Accounts = 0,
    Logins = 1,
    Payments = 2,
    Attacks = 3,
}

[JsonConverter(typeof(JsonStringEnumConverter<ImportFormat>))]
public enum ImportFormat
{
    Csv,
    JsonLines,
}

[JsonConverter(typeof(JsonStringEnumConverter<ImportStatus>))]
public enum ImportStatus
{
    AwaitingMapping,
    Queued,
    Running,
    Succeeded,
    Failed,
}

internal sealed class OperationImportConfiguration : IEntityTypeConfiguration<OperationImport>
{
    public void Configure(EntityTypeBuilder<OperationImport> builder)
    {
        builder.ToTable("OperationImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.StoredPath).HasMaxLength(1000);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.CreatedById).HasMaxLength(64);
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.HasIndex(i => i.OperationId);
        builder.HasOne<Operation>().WithMany().HasForeignKey(i => i.OperationId).OnDelete(DeleteBehavior.Cascade);
    }
}
