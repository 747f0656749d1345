using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

public sealed class EnquiryInput
{
    [Display(Name = "Age band")]
    public AgeBand AgeBand { get; set; }

    [Display(Name = "Who is asking")]
    public ReferralSourceType ReferralSource { get; set; }

    [Display(Name = "What is the concern?")]
    [Required(ErrorMessage = "Describe the concern.")]
    [StringLength(4000, ErrorMessage = "Keep the concern to 4000 characters or fewer.")]
    public string ConcernSummary { get; set; } = "";
}

/// <summary>Records an anonymous first contact: no name, no identity, only what helps decide on a referral.</summary>
public sealed class RecordEnquiryHandler(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<CaseOutcome<CaseEnquiry>> HandleAsync(CaseActor actor, EnquiryInput input, CancellationToken cancellationToken = default)
    {
        if (!actor.HasAgency)
        {
            return CaseOutcome.Invalid<CaseEnquiry>("", CaseActor.NoAgencyMessage);
        }

        var errors = CaseOutcome.Validate(input);
        if (errors.Count > 0)
        {
            return CaseOutcome.Invalid<CaseEnquiry>(errors);
        }

        var enquiry = new CaseEnquiry
        {
            AgencyCode = actor.AgencyCode,
            AgeBand = input.AgeBand,
            ReferralSource = input.ReferralSource,
            ConcernSummary = input.ConcernSummary.Trim(),
            ReceivedAt = clock.GetUtcNow(),
            RecordedById = actor.MemberId,
        };
        db.CaseEnquiries.Add(enquiry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("case.enquiry-recorded", nameof(CaseEnquiry), enquiry.Id.ToString(), actor.AgencyCode), cancellationToken);
        return CaseOutcome.Ok(enquiry);
    }
}
