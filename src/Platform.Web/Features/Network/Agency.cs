using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Web.Features.Network;

/// <summary>One national cyber offender prevention team, keyed by its ISO 3166-1 alpha-2 country code.</summary>
public sealed class Agency
{
    public required string Code { get; set; }
    public required string CountryName { get; set; }
    public required string Name { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public string TimeZone { get; set; } = "Europe/Amsterdam";
    public string DefaultLanguage { get; set; } = "en";
    public bool IsActive { get; set; } = true;
    public DateTimeOffset JoinedAt { get; set; }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(2).IsFixedLength(false);
        builder.Property(a => a.CountryName).HasMaxLength(100);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.ContactEmail).HasMaxLength(256);
        builder.Property(a => a.ContactPhone).HasMaxLength(50);
        builder.Property(a => a.Website).HasMaxLength(300);
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.DefaultLanguage).HasMaxLength(10);
    }
}
