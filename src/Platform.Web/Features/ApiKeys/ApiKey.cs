using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Network;

namespace Platform.Web.Features.ApiKeys;

public enum ApiKeyStatus
{
    Active,
    Expired,
    Revoked,
}

/// <summary>
/// A personal API key of one member. It acts with that member's roles and agency, limited by its scopes.
/// Only the SHA-256 of the full key is stored; the key itself is shown once, at creation.
/// </summary>
/// <remarks>
/// Not <c>IAgencyOwned</c>: a key belongs to a member (partner members may have no agency), and every query on it
/// is narrowed to the signed-in member, which is stricter than the agency filter.
/// </remarks>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string MemberId { get; set; }
    public required string Name { get; set; }

    /// <summary>The public lookup part of the key (<c>icp_&lt;prefix&gt;_…</c>), safe to show in lists.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the full key. Keys carry 256 random bits, so a fast hash is enough.</summary>
    public required string SecretHash { get; set; }

    /// <summary>Space-separated scopes, see <see cref="ApiKeyScopes"/>.</summary>
    public required string Scopes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public IReadOnlyList<string> ScopeList => ApiKeyScopes.Parse(Scopes);

    public ApiKeyStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyStatus.Revoked
        : ExpiresAt <= now ? ApiKeyStatus.Expired
        : ApiKeyStatus.Active;
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.MemberId).HasMaxLength(450);
        builder.Property(k => k.Name).HasMaxLength(ApiKeyLimits.NameLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeySecrets.PrefixLength);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Scopes).HasMaxLength(100);
        builder.Ignore(k => k.ScopeList);
        builder.HasOne<Member>().WithMany().HasForeignKey(k => k.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasIndex(k => k.MemberId);
    }
}
