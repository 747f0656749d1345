using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Events;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Questions;

/// <summary>
/// New question → the owning agency's active country admins and prevention officers who did not opt out; answer →
/// the asker. Mails name the people involved and quote the texts, nothing else about anyone.
/// </summary>
public sealed class QuestionMailer(AppDbContext db, KnowledgeMail mail)
{
    public async Task SendNewQuestionAsync(InterventionQuestion question, Intervention intervention, CancellationToken cancellationToken)
    {
        var asker = await db.Users.AsNoTracking().Where(m => m.Id == question.AskedByMemberId)
            .Select(m => new { m.DisplayName, m.AgencyCode }).FirstAsync(cancellationToken);
        var askerAgency = await db.Agencies.AsNoTracking().Where(a => a.Code == asker.AgencyCode).Select(a => a.CountryName).FirstOrDefaultAsync(cancellationToken);
        var owner = intervention.OwnerAgencyCode;
        var editorRoles = new[] { Roles.CountryAdmin, Roles.PreventionOfficer };
        var recipients = await (
                from m in db.Users.AsNoTracking()
                join ur in db.UserRoles on m.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where m.AgencyCode == owner && m.DeactivatedAt == null && m.Email != null
                    && editorRoles.Contains(r.Name!)
                    && !db.QuestionMailOptOuts.Any(o => o.MemberId == m.Id)
                select new { m.Email, m.DisplayName, m.PreferredLanguage })
            .Distinct()
            .ToListAsync(cancellationToken);
        var link = $"{mail.BaseUrl}/Knowledge/Questions/{question.Id}";
        var from = askerAgency is null ? asker.DisplayName : $"{asker.DisplayName} ({askerAgency})";
        foreach (var recipient in recipients)
        {
            await mail.SendAsync(recipient.Email!, recipient.PreferredLanguage, t => new MailContent(
                t("New question about {0}", [intervention.Name]),
                [
                    t("Hello {0},", [recipient.DisplayName]),
                    t("{0} asked your team a question about {1}:", [from, intervention.Name]),
                    question.Text,
                    t("You receive this because you edit your agency's interventions. You can turn these emails off on the Questions page.", []),
                ],
                t("Answer the question", []), link), cancellationToken: cancellationToken);
        }
    }

    public async Task SendAnswerAsync(InterventionQuestion question, QuestionView view, CancellationToken cancellationToken)
    {
        var asker = await db.Users.AsNoTracking().Where(m => m.Id == question.AskedByMemberId)
            .Select(m => new { m.Email, m.DisplayName, m.PreferredLanguage, m.DeactivatedAt }).FirstAsync(cancellationToken);
        if (asker.Email is null || asker.DeactivatedAt is not null)
        {
            return;
        }

        var answerer = await db.Users.AsNoTracking().Where(m => m.Id == question.AnsweredByMemberId).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken);
        await mail.SendAsync(asker.Email, asker.PreferredLanguage, t => new MailContent(
            t("Your question about {0} was answered", [view.InterventionName]),
            [
                t("Hello {0},", [asker.DisplayName]),
                t("{0} answered your question about {1}.", [answerer ?? "", view.InterventionName]),
                t("Your question: {0}", [question.Text]),
                t("Answer: {0}", [question.Answer ?? ""]),
            ],
            t("Open the question", []), $"{mail.BaseUrl}/Knowledge/Questions/{question.Id}"), cancellationToken: cancellationToken);
    }
}
