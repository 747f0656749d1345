using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Cases.Work;

/// <summary>Marks a task done; the first-contact task also records when first contact was made.</summary>
public sealed class CompleteTaskHandler(AppDbContext db, TimeProvider clock, IAuditLog audit)
{
    public async Task<CaseOutcome<CaseTask>> HandleAsync(CaseActor actor, Guid taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.CaseTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            return CaseOutcome.NotFound<CaseTask>();
        }

        if (task.DoneAt is not null)
        {
            return CaseOutcome.Ok(task);
        }

        if (task.Kind == CaseTaskKind.FollowUp)
        {
            return CaseOutcome.Invalid<CaseTask>("", "A follow-up task is done when its outcome is recorded.");
        }

        task.DoneAt = clock.GetUtcNow();
        task.DoneById = actor.MemberId;
        if (task.Kind == CaseTaskKind.FirstContact && await db.Cases.FirstOrDefaultAsync(c => c.Id == task.CaseId, cancellationToken) is { FirstContactAt: null } @case)
        {
            @case.FirstContactAt = task.DoneAt;
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("case.task-done", nameof(CaseTask), task.Id.ToString(), task.AgencyCode, Details: task.Kind.ToString()), cancellationToken);
        return CaseOutcome.Ok(task);
    }
}
