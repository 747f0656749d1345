using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Web.Features.Operations.Model;
using Platform.Web.Infrastructure.Protection;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Web.Features.Operations.Contact.Model;

/// <summary>
/// One human decision about one account holder: a warning email, a letter, a visit, a referral into Cases, or no
/// action with its reason. Owned by the person's country; the officer who decided and why are always recorded.
/// </summary>
[Sensitivity(SensitivityLabel.Agency)]
public sealed class ContactAction : IAgencyOwned
{
    public const int NotesLength = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string AgencyCode { get; set; }

    public Guid OperationId { get; set; }

    public Guid PersonId { get; set; }

    public ContactActionKind Kind { get; set; }

    public ContactActionStatus Status { get; set; }

    /// <summary>Template language for emails and letters (e.g. "nl").</summary>
    public string? Language { get; set; }

    public NoActionReason? NoActionReason { get; set; }

    /// <summary>The officer's reason or notes; required for "no action: other".</summary>
    public string? Notes { get; set; }

    public required string DecidedById { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>Planned date of a visit.</summary>
    public DateOnly? PlannedOn { get; set; }

    /// <summary>The address an email went to (the person's first email at the time of sending).</summary>
    public string? Recipient { get; set; }

    /// <summary>When the sender job took the email (the per-country throttle counts these).</summary>
    public DateTimeOffset? SendStartedAt { get; set; }

    /// <summary>When the email was accepted by the mail server, the letter printed, the visit done, the case opened.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Latest outcome time; the history is in <see cref="ContactOutcome"/>.</summary>
    public DateTimeOffset? OutcomeAt { get; set; }

    /// <summary>The case opened from this referral (Cases), so either side finds the other.</summary>
    public Guid? CaseId { get; set; }

    public List<ContactOutcome> Outcomes { get; set; } = [];
}

internal sealed class ContactActionConfiguration : IEntityTypeConfiguration<ContactAction>
{
    public void Configure(EntityTypeBuilder<ContactAction> builder)
    {
        builder.ToTable("OperationContactActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AgencyCode).HasMaxLength(2);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.NoActionReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Notes).HasMaxLength(ContactAction.NotesLength);
        builder.Property(a => a.DecidedById).HasMaxLength(64);
        builder.Property(a => a.Recipient).HasMaxLength(320);
        builder.HasIndex(a => new { a.OperationId, a.PersonId });
        builder.HasIndex(a => new { a.AgencyCode, a.Kind, a.SendStartedAt });
        builder.HasIndex(a => a.CaseId);
        builder.HasOne<OperationPerson>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Outcomes).WithOne().HasForeignKey(o => o.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
