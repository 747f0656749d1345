using System.ComponentModel.DataAnnotations;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Protection.Retention;

public sealed class RetentionDecisionInput
{
    [Required(ErrorMessage = "Choose approve or extend.")]
    public RetentionDecision? Decision { get; set; }

    /// <summary>Required when extending: the legal hold lasts until this date.</summary>
    [Display(Name = "Keep until")]
    public DateOnly? HoldUntil { get; set; }

    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Give the reason for your decision.")]
    [StringLength(RetentionReviewConfiguration.ReasonLength, MinimumLength = 10, ErrorMessage = "Write between 10 and 1000 characters.")]
    public string? Reason { get; set; }
}

/// <summary>A country admin approves the erasure of a record on the review list, or extends it (legal hold).</summary>
public sealed class DecideRetentionHandler(AppDbContext db, RetentionPlanner planner, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<RetentionItem>> HandleAsync(NetworkActor actor, Guid recordId, RetentionDecisionInput input, CancellationToken cancellationToken)
    {
        var agency = actor.AgencyCode;
        if (agency is null)
        {
            return Outcome.NotFound<RetentionItem>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<RetentionItem>(errors);
        }

        var item = (await planner.ItemsAsync(agency, cancellationToken)).FirstOrDefault(i => i.RecordId == recordId);
        var today = await planner.TodayAsync(agency, cancellationToken);
        if (item is null || !item.InReviewWindow(today))
        {
            return Outcome.NotFound<RetentionItem>();
        }

        if (input.Decision == RetentionDecision.Extended && (input.HoldUntil is not { } hold || hold <= today))
        {
            return Outcome.Invalid<RetentionItem>(nameof(input.HoldUntil), "Choose a date after today until which the record is kept.");
        }

        var review = new RetentionReview
        {
            AgencyCode = agency,
            CaseId = item.CaseId,
            EnquiryId = item.EnquiryId,
            Decision = input.Decision!.Value,
            HoldUntil = input.Decision == RetentionDecision.Extended ? input.HoldUntil : null,
            Reason = input.Reason!.Trim(),
            DecidedById = actor.MemberId,
            DecidedAt = clock.GetUtcNow(),
        };
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        var action = review.Decision == RetentionDecision.Approved ? "retention.approved" : "retention.extended";
        await audit.RecordAsync(new AuditEvent(action, item.CaseId is null ? "CaseEnquiry" : "Case", recordId.ToString(), agency,
            Reason: review.Reason,
            Details: review.HoldUntil is { } until ? $"{item.Label} kept until {until:yyyy-MM-dd}" : $"{item.Label} erased on {item.DueOn:yyyy-MM-dd}"),
            cancellationToken);
        return Outcome.Ok(item with { LatestReview = review });
    }
}
