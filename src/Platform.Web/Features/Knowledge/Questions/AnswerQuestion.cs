using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>An editor of the owning agency answers (or corrects the answer); the asker gets a mail.</summary>
public sealed class AnswerQuestionHandler(AppDbContext db, IAuditLog audit, TimeProvider clock, QuestionMailer mailer, ListQuestionsHandler questions)
{
    public async Task<Outcome<QuestionView>> HandleAsync(QuestionActor actor, Guid interventionId, Guid questionId, AnswerInput input, CancellationToken cancellationToken = default)
    {
        var view = await questions.FindAsync(actor, questionId, cancellationToken);
        if (view is null || view.InterventionId != interventionId)
        {
            return Outcome.NotFound<QuestionView>();
        }

        if (!view.CanAnswer)
        {
            // Visible but not theirs to answer: the question exists, so say why instead of pretending it does not.
            return Outcome.Invalid<QuestionView>("", "Only the team that owns this intervention can answer.");
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<QuestionView>(errors);
        }

        var question = await db.InterventionQuestions.FirstAsync(q => q.Id == questionId, cancellationToken);
        question.Answer = input.Text.Trim();
        question.AnsweredByMemberId = actor.MemberId;
        question.AnsweredAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("question.answered", nameof(InterventionQuestion), questionId.ToString(), view.OwnerAgencyCode), cancellationToken);
        await mailer.SendAnswerAsync(question, view, cancellationToken);
        return Outcome.Ok((await questions.FindAsync(actor, questionId, cancellationToken))!);
    }
}
