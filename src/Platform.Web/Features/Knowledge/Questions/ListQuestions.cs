using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>Questions on one intervention (newest first), to my agency (unanswered first), mine, and one question.</summary>
public sealed class ListQuestionsHandler(AppDbContext db)
{
    public async Task<Outcome<PageOf<QuestionView>>> ForInterventionAsync(QuestionActor actor, Guid interventionId, int? page, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        if (!await QuestionQueries.VisibleInterventions(db, actor).AnyAsync(i => i.Id == interventionId, cancellationToken))
        {
            return Outcome.NotFound<PageOf<QuestionView>>();
        }

        var rows = QuestionQueries.VisibleRows(db, actor).Where(r => r.Question.InterventionId == interventionId)
            .OrderByDescending(r => r.Question.AskedAt).ThenByDescending(r => r.Question.Id);
        return Outcome.Ok(await PageAsync(actor, rows, Paging.From(page, pageSize, 10), cancellationToken));
    }

    public async Task<PageOf<QuestionView>> ToMyAgencyAsync(QuestionActor actor, bool unansweredOnly, int? page, CancellationToken cancellationToken = default)
    {
        var agency = actor.Viewer.AgencyCode;
        var rows = QuestionQueries.VisibleRows(db, actor).Where(r => agency != null && r.Intervention.OwnerAgencyCode == agency);
        if (unansweredOnly)
        {
            rows = rows.Where(r => r.Question.Answer == null);
        }

        var ordered = rows.OrderBy(r => r.Question.Answer == null ? 0 : 1).ThenByDescending(r => r.Question.AskedAt);
        return await PageAsync(actor, ordered, Paging.From(page, null, 20), cancellationToken);
    }

    public async Task<PageOf<QuestionView>> AskedByMeAsync(QuestionActor actor, int? page, CancellationToken cancellationToken = default)
    {
        var member = actor.MemberId;
        var rows = QuestionQueries.VisibleRows(db, actor).Where(r => r.Question.AskedByMemberId == member).OrderByDescending(r => r.Question.AskedAt);
        return await PageAsync(actor, rows, Paging.From(page, null, 10), cancellationToken);
    }

    public async Task<QuestionView?> FindAsync(QuestionActor actor, Guid id, CancellationToken cancellationToken = default) =>
        await QuestionQueries.VisibleRows(db, actor).Where(r => r.Question.Id == id).ToViews(db, actor).FirstOrDefaultAsync(cancellationToken);

    private async Task<PageOf<QuestionView>> PageAsync(QuestionActor actor, IQueryable<QuestionRow> rows, Paging paging, CancellationToken cancellationToken)
    {
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.Skip(paging.Skip).Take(paging.PageSize).ToViews(db, actor).ToListAsync(cancellationToken);
        return new PageOf<QuestionView>(items, paging.Page, paging.PageSize, total);
    }
}
