using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// One secret of one agency: a random 256-bit key, stored only wrapped by the platform's Data Protection key ring.
/// Deleting an agency's rows is crypto-erasure: its ciphertext and pseudonyms can never be opened or recomputed.
/// Holds no personal data, so it is not agency-filtered; only <see cref="AgencyKeyRing"/> reads it.
/// </summary>
public sealed class AgencyKey
{
    public const int WrappedKeyLength = 500;

    public int Id { get; set; }
    public required string AgencyCode { get; set; }
    public required string Purpose { get; set; }

    /// <summary>Starts at 1; <c>keys rotate</c> adds the next one and new writes use the highest.</summary>
    public int Version { get; set; }

    public required string WrappedKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What a key is for; separate keys keep encryption and pseudonyms independent.</summary>
public static class AgencyKeyPurposes
{
    public const string Data = "data";
    public const string Pseudonym = "pseudonym";
}

internal sealed class AgencyKeyConfiguration : IEntityTypeConfiguration<AgencyKey>
{
    public void Configure(EntityTypeBuilder<AgencyKey> builder)
    {
        builder.ToTable("AgencyKeys");
        builder.Property(k => k.AgencyCode).HasMaxLength(2);
        builder.Property(k => k.Purpose).HasMaxLength(20);
        builder.Property(k => k.WrappedKey).HasMaxLength(AgencyKey.WrappedKeyLength);
        // Two instances creating the first key at once: the second insert fails and it reloads the winner's key.
        builder.HasIndex(k => new { k.AgencyCode, k.Purpose, k.Version }).IsUnique();
    }
}
