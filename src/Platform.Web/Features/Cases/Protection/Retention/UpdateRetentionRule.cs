using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Protection.Retention;

public sealed class RetentionRuleInput
{
    [Display(Name = "Keep for (months)")]
    [Range(1, 600, ErrorMessage = "Enter a number of months between 1 and 600.")]
    public int KeepMonths { get; set; }

    [Display(Name = "Review list (days before)")]
    [Range(0, 365, ErrorMessage = "Enter a number of days between 0 and 365.")]
    public int ReviewDays { get; set; }

    [Display(Name = "Erase on the due date without a review")]
    public bool EraseWithoutReview { get; set; }
}

/// <summary>The country admin sets the agency's schedule for one record type; audited with old and new values.</summary>
public sealed class UpdateRetentionRuleHandler(AppDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<RetentionRule>> HandleAsync(
        NetworkActor actor, RetentionRecordType type, RetentionRuleInput input, CancellationToken cancellationToken)
    {
        if (actor.AgencyCode is not { } agency)
        {
            return Outcome.NotFound<RetentionRule>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<RetentionRule>(errors);
        }

        var rule = await db.Set<RetentionRule>().SingleOrDefaultAsync(r => r.AgencyCode == agency && r.RecordType == type, cancellationToken);
        var before = rule ?? RetentionDefaults.For(agency, type);
        var details = $"{type}: {before.KeepMonths}→{input.KeepMonths} months, review {before.ReviewDays}→{input.ReviewDays} days, "
                      + $"erase without review {before.EraseWithoutReview}→{input.EraseWithoutReview}";
        if (rule is null)
        {
            rule = RetentionDefaults.For(agency, type);
            db.Add(rule);
        }

        rule.KeepMonths = input.KeepMonths;
        rule.ReviewDays = input.ReviewDays;
        rule.EraseWithoutReview = input.EraseWithoutReview;
        rule.UpdatedById = actor.MemberId;
        rule.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("retention.schedule-changed", "RetentionRule", type.ToString(), agency, Details: details),
            cancellationToken);
        return Outcome.Ok(rule);
    }
}
