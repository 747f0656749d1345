using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Audit;

/// <summary>
/// One line of the append-only audit trail. Entries form a hash chain: <see cref="Hash"/> covers every field and
/// <see cref="PreviousHash"/>, so editing, deleting or inserting a row is detected by <see cref="AuditChainVerifier"/>.
/// Database triggers refuse UPDATE and DELETE (see <see cref="AuditTriggers"/>).
/// </summary>
public sealed class AuditEntry : IAgencyOwned
{
    /// <summary>Entries without an agency (e.g. a failed sign-in for an unknown email); only network admins see them.</summary>
    public const string NetworkAgencyCode = "ZZ";

    public const int ActionLength = 100;
    public const int RecordTypeLength = 100;
    public const int RecordIdLength = 200;
    public const int NameLength = 150;
    public const int MemberIdLength = 450;
    public const int ReasonLength = 1000;
    public const int DetailsLength = 2000;
    public const int ClientAddressLength = 45;
    public const int UserAgentLength = 256;

    /// <summary>1, 2, 3, … without gaps; the position in the chain.</summary>
    public long Sequence { get; private set; }
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; }
    public string? ActorMemberId { get; init; }
    public required string ActorName { get; init; }
    public string? ActorAgencyCode { get; init; }

    /// <summary>The agency the entry belongs to: the record's, else the actor's, else <see cref="NetworkAgencyCode"/>.</summary>
    public required string AgencyCode { get; set; }
    public required string Action { get; init; }
    public string? RecordType { get; init; }
    public string? RecordId { get; init; }
    public string? Reason { get; init; }
    public string? Details { get; init; }
    public string? ClientAddress { get; init; }
    public string? UserAgent { get; init; }
    public string PreviousHash { get; private set; } = AuditHash.Genesis;
    public string Hash { get; private set; } = "";

    /// <summary>Places the entry after the current chain head and seals it with its hash.</summary>
    internal void Chain(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = AuditHash.Compute(this);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(AuditTriggers.EntriesTable);
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.HasIndex(e => e.Id).IsUnique();
        builder.Property(e => e.ActorMemberId).HasMaxLength(AuditEntry.MemberIdLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.NameLength);
        builder.Property(e => e.ActorAgencyCode).HasMaxLength(2);
        builder.Property(e => e.AgencyCode).HasMaxLength(2);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionLength);
        builder.Property(e => e.RecordType).HasMaxLength(AuditEntry.RecordTypeLength);
        builder.Property(e => e.RecordId).HasMaxLength(AuditEntry.RecordIdLength);
        builder.Property(e => e.Reason).HasMaxLength(AuditEntry.ReasonLength);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.ClientAddressLength);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditEntry.UserAgentLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.AgencyCode, e.Sequence });
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
    }
}
