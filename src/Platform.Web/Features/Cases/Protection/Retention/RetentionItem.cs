using Platform.Web.Features.Cases.Work;

namespace Platform.Web.Features.Cases.Protection.Retention;

/// <summary>A record with a retention due date, and the latest review decision about it.</summary>
public sealed record RetentionItem(
    RetentionRecordType Type,
    Guid? CaseId,
    Guid? EnquiryId,
    string Label,
    DateOnly AnchorOn,
    DateOnly DueOn,
    RetentionRule Rule,
    RetentionReview? LatestReview)
{
    /// <summary>The due date, moved to the hold date while a legal hold is recorded.</summary>
    public DateOnly EffectiveDueOn =>
        LatestReview is { Decision: RetentionDecision.Extended, HoldUntil: { } hold } && hold > DueOn ? hold : DueOn;

    public bool IsApproved => LatestReview?.Decision == RetentionDecision.Approved;

    public bool OnHold(DateOnly today) => LatestReview is { Decision: RetentionDecision.Extended, HoldUntil: { } hold } && hold > today;

    public bool InReviewWindow(DateOnly today) => EffectiveDueOn.AddDays(-Rule.ReviewDays) <= today;

    /// <summary>Never before the due date; on it, when approved or when the schedule erases unreviewed records.</summary>
    public bool ShouldEraseOn(DateOnly today) =>
        EffectiveDueOn <= today && !OnHold(today) && (IsApproved || Rule.EraseWithoutReview);

    /// <summary>Due, but the schedule waits for an approval nobody has given yet.</summary>
    public bool IsOverdue(DateOnly today) => EffectiveDueOn <= today && !ShouldEraseOn(today) && !OnHold(today);

    public Guid RecordId => CaseId ?? EnquiryId ?? Guid.Empty;

    public static RetentionItem ForCase(Case c, DateOnly anchor, RetentionRule rule, RetentionReview? review) =>
        new(rule.RecordType, c.Id, null, c.CaseNumber, anchor, anchor.AddMonths(rule.KeepMonths), rule, review);
}
