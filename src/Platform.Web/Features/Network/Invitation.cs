using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Network;

/// <summary>An email invitation to join an agency (or one of its partner organisations) with one role.</summary>
public sealed class Invitation : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string AgencyCode { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public Guid? TeamId { get; set; }
    public Guid? PartnerOrganisationId { get; set; }

    /// <summary>SHA-256 of the token sent by email; the token itself is never stored.</summary>
    public required string TokenHash { get; set; }
    public required string InvitedByMemberId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? AcceptedMemberId { get; set; }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.AgencyCode).HasMaxLength(2);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.DisplayName).HasMaxLength(150);
        builder.Property(i => i.Role).HasMaxLength(40);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.Property(i => i.InvitedByMemberId).HasMaxLength(450);
        builder.Property(i => i.AcceptedMemberId).HasMaxLength(450);
        builder.HasOne<Agency>().WithMany().HasForeignKey(i => i.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.AgencyCode, i.Email });
    }
}
