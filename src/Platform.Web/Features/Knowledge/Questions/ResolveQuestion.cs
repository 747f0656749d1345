using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>The asker marks their question resolved.</summary>
public sealed class ResolveQuestionHandler(AppDbContext db, IAuditLog audit, TimeProvider clock, ListQuestionsHandler questions)
{
    public async Task<Outcome<QuestionView>> HandleAsync(QuestionActor actor, Guid interventionId, Guid questionId, CancellationToken cancellationToken = default)
    {
        var view = await questions.FindAsync(actor, questionId, cancellationToken);
        if (view is null || view.InterventionId != interventionId)
        {
            return Outcome.NotFound<QuestionView>();
        }

        var question = await db.InterventionQuestions.FirstAsync(q => q.Id == questionId, cancellationToken);
        if (question.AskedByMemberId != actor.MemberId)
        {
            return Outcome.Invalid<QuestionView>("", "Only the person who asked can mark the question resolved.");
        }

        question.ResolvedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("question.resolved", nameof(InterventionQuestion), questionId.ToString(), view.OwnerAgencyCode), cancellationToken);
        return Outcome.Ok((await questions.FindAsync(actor, questionId, cancellationToken))!);
    }
}
