using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>A question with its intervention, for filtering and ordering before the projection to <see cref="QuestionView"/>.</summary>
internal sealed class QuestionRow
{
    public required InterventionQuestion Question { get; init; }

    public required Intervention Intervention { get; init; }
}

/// <summary>Questions are reachable only through interventions the viewer may see: every query starts here.</summary>
internal static class QuestionQueries
{
    public static IQueryable<Intervention> VisibleInterventions(AppDbContext db, QuestionActor actor) =>
        db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer));

    public static IQueryable<QuestionRow> VisibleRows(AppDbContext db, QuestionActor actor) =>
        from q in db.InterventionQuestions.AsNoTracking()
        join i in VisibleInterventions(db, actor) on q.InterventionId equals i.Id
        select new QuestionRow { Question = q, Intervention = i };

    public static IQueryable<QuestionView> ToViews(this IQueryable<QuestionRow> rows, AppDbContext db, QuestionActor actor)
    {
        var agency = actor.Viewer.AgencyCode;
        var member = actor.MemberId;
        var editor = actor.IsAgencyEditor;
        return rows.Select(r => new QuestionView(
            r.Question.Id, r.Intervention.Id, r.Intervention.Name, r.Intervention.Slug, r.Intervention.OwnerAgencyCode, r.Question.Text,
            db.Users.Where(m => m.Id == r.Question.AskedByMemberId).Select(m => m.DisplayName).FirstOrDefault() ?? "",
            db.Users.Where(m => m.Id == r.Question.AskedByMemberId).Select(m => m.AgencyCode).FirstOrDefault(),
            r.Question.AskedAt, r.Question.Answer,
            db.Users.Where(m => m.Id == r.Question.AnsweredByMemberId).Select(m => m.DisplayName).FirstOrDefault(),
            r.Question.AnsweredAt, r.Question.ResolvedAt,
            editor && agency != null && r.Intervention.OwnerAgencyCode == agency,
            r.Question.AskedByMemberId == member && r.Question.ResolvedAt == null));
    }
}
