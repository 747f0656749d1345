using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Cases.Work;

/// <summary>
/// One young person in one programme, from referral to the last follow-up: one record for the whole journey.
/// Lists show only the pseudonymous <see cref="CaseNumber"/>. Identity fields hold ciphertext of
/// <see cref="IAgencyDataProtector"/> (the agency's key); nothing here is a score or a prediction.
/// </summary>
[Sensitivity(SensitivityLabel.Agency)]
public sealed class Case : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    /// <summary>"NL-2026-0042": agency, year of referral, running number. The label used in lists and reports.</summary>
    public required string CaseNumber { get; set; }

    public CaseStage Stage { get; set; } = CaseStage.Referred;

    public required string ProgrammeKey { get; set; }

    public int ProgrammeVersion { get; set; }

    public Guid? EnquiryId { get; set; }

    public ReferralSourceType ReferralSource { get; set; }

    public string? ReferrerOrganisation { get; set; }

    public DataSubjectCategory DataSubjectCategory { get; set; }

    /// <summary>Whole years on <see cref="ReferredAt"/>, derived from the date of birth when it was entered.</summary>
    public int AgeAtReferral { get; set; }

    [Sensitivity(SensitivityLabel.Sensitive)]
    public string? NameProtected { get; set; }

    /// <summary>ISO date (yyyy-MM-dd), encrypted.</summary>
    [Sensitivity(SensitivityLabel.Sensitive)]
    public string? DateOfBirthProtected { get; set; }

    [Sensitivity(SensitivityLabel.Sensitive)]
    public string? ContactProtected { get; set; }

    [Sensitivity(SensitivityLabel.Sensitive)]
    public string? GuardianNameProtected { get; set; }

    [Sensitivity(SensitivityLabel.Sensitive)]
    public string? GuardianContactProtected { get; set; }

    public CaseOffenceType OffenceType { get; set; }

    public DateOnly? OffenceDate { get; set; }

    public string? OffenceDescription { get; set; }

    /// <summary>Whether <see cref="OffenceDescription"/> states facts or someone's assessment (LED Art. 7).</summary>
    public StatementKind OffenceDescriptionKind { get; set; }

    /// <summary>The case worker responsible; tasks go to them.</summary>
    public required string AssignedMemberId { get; set; }

    public DateTimeOffset ReferredAt { get; set; }

    public required string ReferredById { get; set; }

    public DateTimeOffset? FirstContactAt { get; set; }

    public DateTimeOffset? EnrolledAt { get; set; }

    /// <summary>Completion or drop-out moment.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why the young person dropped out, or a note on completion.</summary>
    public string? EndReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public CaseClosureReason? ClosureReason { get; set; }

    /// <summary>On closure: what else was offered (signposting), in particular when not eligible.</summary>
    public string? ClosureNote { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: every change to the case or its records increments it.</summary>
    public int Version { get; set; } = 1;
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.AgencyCode).HasMaxLength(2);
        builder.Property(c => c.CaseNumber).HasMaxLength(20);
        builder.HasIndex(c => new { c.AgencyCode, c.CaseNumber }).IsUnique();
        builder.Property(c => c.ProgrammeKey).HasMaxLength(60);
        builder.Property(c => c.ReferrerOrganisation).HasMaxLength(200);
        builder.Property(c => c.NameProtected).HasMaxLength(4000);
        builder.Property(c => c.DateOfBirthProtected).HasMaxLength(4000);
        builder.Property(c => c.ContactProtected).HasMaxLength(4000);
        builder.Property(c => c.GuardianNameProtected).HasMaxLength(4000);
        builder.Property(c => c.GuardianContactProtected).HasMaxLength(4000);
        builder.Property(c => c.OffenceDescription).HasMaxLength(4000);
        builder.Property(c => c.AssignedMemberId).HasMaxLength(450);
        builder.Property(c => c.ReferredById).HasMaxLength(450);
        builder.Property(c => c.EndReason).HasMaxLength(2000);
        builder.Property(c => c.ClosureNote).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.AgencyCode, c.AssignedMemberId, c.Stage });
    }
}
