using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>A member who can see an intervention asks its owning team; the team's editors who opted in get a mail.</summary>
public sealed class AskQuestionHandler(AppDbContext db, IAuditLog audit, TimeProvider clock, QuestionMailer mailer, ListQuestionsHandler questions)
{
    public async Task<Outcome<QuestionView>> HandleAsync(QuestionActor actor, Guid interventionId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        var intervention = await QuestionQueries.VisibleInterventions(db, actor).FirstOrDefaultAsync(i => i.Id == interventionId, cancellationToken);
        if (intervention is null || !actor.Viewer.IsSignedIn)
        {
            return Outcome.NotFound<QuestionView>();
        }

        var errors = Outcome.Validate(input);
        if (errors.Count > 0)
        {
            return Outcome.Invalid<QuestionView>(errors);
        }

        var now = clock.GetUtcNow();
        var hourAgo = now.AddHours(-1);
        var recent = await db.InterventionQuestions.CountAsync(q => q.AskedByMemberId == actor.MemberId && q.AskedAt > hourAgo, cancellationToken);
        if (recent >= QuestionRules.MaxPerHour)
        {
            return Outcome.Invalid<QuestionView>(nameof(QuestionInput.Text), "You asked many questions in the last hour. Please try again later.");
        }

        var question = new InterventionQuestion { InterventionId = interventionId, AskedByMemberId = actor.MemberId, Text = input.Text.Trim(), AskedAt = now };
        db.InterventionQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent("question.asked", nameof(InterventionQuestion), question.Id.ToString(), intervention.OwnerAgencyCode, Details: $"intervention {interventionId}"), cancellationToken);
        await mailer.SendNewQuestionAsync(question, intervention, cancellationToken);
        return Outcome.Ok((await questions.FindAsync(actor, question.Id, cancellationToken))!);
    }
}
