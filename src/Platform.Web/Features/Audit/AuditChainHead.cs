using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Audit;

/// <summary>
/// The single row that records the end of the audit chain. It is locked and updated in the same transaction as
/// every append, which serializes appends across threads and processes, and it reveals a deleted tail.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long LastSequence { get; set; }
    public required string LastHash { get; set; }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable(AuditTriggers.HeadTable);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
        builder.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, LastSequence = 0, LastHash = AuditHash.Genesis });
    }
}
