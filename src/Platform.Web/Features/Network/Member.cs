using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Network;

/// <summary>
/// A person who signs in: a member of one agency, or of a partner organisation. Roles are Identity roles
/// (see Infrastructure/Auth/Roles). Member records are agency data: admin pages filter them by agency.
/// </summary>
public sealed class Member : IdentityUser
{
    public required string DisplayName { get; set; }
    public string? AgencyCode { get; set; }
    public Guid? PartnerOrganisationId { get; set; }
    public Guid? TeamId { get; set; }
    public string? JobTitle { get; set; }
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>Shown as a contact of the agency in the network directory (opt-in).</summary>
    public bool ListedInDirectory { get; set; }
    public int? AcceptedTermsVersion { get; set; }
    public DateTimeOffset? AcceptedTermsAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeactivatedAt { get; set; }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.Property(m => m.DisplayName).HasMaxLength(150);
        builder.Property(m => m.AgencyCode).HasMaxLength(2);
        builder.Property(m => m.JobTitle).HasMaxLength(150);
        builder.Property(m => m.PreferredLanguage).HasMaxLength(10);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(m => m.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.AgencyCode);
    }
}
