using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>Questions on one intervention (newest first), to my agency (unanswered first) and one question.</summary>
public sealed class ListQuestionsHandler(AppDbContext db)
{
    public async Task<Outcome<PageOf<QuestionView>>> ForInterventionAsync(QuestionActor actor, Guid interventionId, int? page, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        if (!await QuestionQueries.VisibleInterventions(db, actor).AnyAsync(i => i.Id == interventionId, cancellationToken))
        {
            return Outcome.NotFound<PageOf<QuestionView>>();
        }

        var questions = QuestionQueries.VisibleQuestions(db, actor).Where(q => q.InterventionId == interventionId);
        return Outcome.Ok(await PageAsync(questions.OrderByDescending(q => q.AskedAt), Paging.From(page, pageSize, 10), cancellationToken));
    }

    public async Task<PageOf<QuestionView>> ToMyAgencyAsync(QuestionActor actor, bool unansweredOnly, int? page, CancellationToken cancellationToken = default)
    {
        var agency = actor.Viewer.AgencyCode;
        var questions = QuestionQueries.VisibleQuestions(db, actor).Where(q => agency != null && q.OwnerAgencyCode == agency);
        if (unansweredOnly)
        {
            questions = questions.Where(q => q.Answer == null);
        }

        var ordered = questions.OrderBy(q => q.Answer == null ? 0 : 1).ThenByDescending(q => q.AskedAt);
        return await PageAsync(ordered, Paging.From(page, null, 20), cancellationToken);
    }

    public async Task<PageOf<QuestionView>> AskedByMeAsync(QuestionActor actor, int? page, CancellationToken cancellationToken = default)
    {
        var member = actor.MemberId;
        var questions = QuestionQueries.VisibleQuestions(db, actor)
            .Join(db.InterventionQuestions.Where(q => q.AskedByMemberId == member), v => v.Id, q => q.Id, (v, _) => v)
            .OrderByDescending(q => q.AskedAt);
        return await PageAsync(questions, Paging.From(page, null, 10), cancellationToken);
    }

    public async Task<QuestionView?> FindAsync(QuestionActor actor, Guid id, CancellationToken cancellationToken = default) =>
        await QuestionQueries.VisibleQuestions(db, actor).FirstOrDefaultAsync(q => q.Id == id, cancellationToken);

    private static async Task<PageOf<QuestionView>> PageAsync(IQueryable<QuestionView> questions, Paging paging, CancellationToken cancellationToken)
    {
        var total = await questions.CountAsync(cancellationToken);
        var items = await questions.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new PageOf<QuestionView>(items, paging.Page, paging.PageSize, total);
    }
}
