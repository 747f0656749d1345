using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>Questions are reachable only through interventions the viewer may see: every query starts here.</summary>
internal static class QuestionQueries
{
    public static IQueryable<Intervention> VisibleInterventions(AppDbContext db, QuestionActor actor) =>
        db.Interventions.AsNoTracking().Where(ShareVisibility.VisibleTo<Intervention>(actor.Viewer));

    public static IQueryable<QuestionView> VisibleQuestions(AppDbContext db, QuestionActor actor)
    {
        var agency = actor.Viewer.AgencyCode;
        var member = actor.MemberId;
        var editor = actor.IsAgencyEditor;
        return from q in db.InterventionQuestions.AsNoTracking()
            join i in VisibleInterventions(db, actor) on q.InterventionId equals i.Id
            join asker in db.Users.AsNoTracking() on q.AskedByMemberId equals asker.Id
            select new QuestionView(
                q.Id, i.Id, i.Name, i.Slug, i.OwnerAgencyCode, q.Text, asker.DisplayName, asker.AgencyCode, q.AskedAt, q.Answer,
                db.Users.Where(m => m.Id == q.AnsweredByMemberId).Select(m => m.DisplayName).FirstOrDefault(),
                q.AnsweredAt, q.ResolvedAt,
                editor && agency != null && i.OwnerAgencyCode == agency,
                q.AskedByMemberId == member && q.ResolvedAt == null);
    }
}
