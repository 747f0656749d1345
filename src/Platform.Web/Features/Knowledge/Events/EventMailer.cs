using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Mail;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>Registration confirmations: a seat comes with the event's .ics attached; a waiting-list place without.</summary>
public sealed class EventMailer(AppDbContext db, KnowledgeMail mail, TimeProvider clock)
{
    public async Task SendRegistrationAsync(string memberId, Guid eventId, RegistrationStatus status, CancellationToken cancellationToken, bool promotedFromWaitlist = false)
    {
        var member = await db.Users.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new { m.Id, m.Email, m.DisplayName, m.PreferredLanguage, m.AgencyCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (member?.Email is null)
        {
            return;
        }

        var actor = new EventActor(member.Id, member.AgencyCode, false, false);
        var item = await EventQueries.FindWithSessionsAsync(db, actor, eventId, cancellationToken);
        if (item is null)
        {
            return;
        }

        var link = $"{mail.BaseUrl}/Knowledge/Events/{item.Id}";
        var local = EventRules.ToLocal(item.StartsAt, item.TimeZone);
        IReadOnlyList<EmailAttachment>? attachments = status == RegistrationStatus.Confirmed
            ? [new EmailAttachment(EventCalendar.FileName(item), "text/calendar; method=PUBLISH; charset=utf-8",
                EventCalendar.Bytes(EventCalendar.Serialize([item with { MyStatus = status }], clock.GetUtcNow(), mail.BaseUrl)))]
            : null;
        await mail.SendAsync(member.Email, member.PreferredLanguage, t =>
        {
            var when = t("{0} ({1} time)", [local.ToString("f", CultureInfo.CurrentCulture), item.TimeZone]);
            var opening = status == RegistrationStatus.Waitlisted
                ? t("{0} is full, so you are on the waiting list. If a seat becomes free, it goes to the first person waiting and we will email you.", [item.Title])
                : promotedFromWaitlist
                    ? t("A seat became free: you are now registered for {0}.", [item.Title])
                    : t("You are registered for {0}.", [item.Title]);
            var paragraphs = new List<string> { t("Hello {0},", [member.DisplayName]), opening, t("When: {0}", [when]) };
            if ((item.Venue ?? item.OnlineUrl) is { } where)
            {
                paragraphs.Add(t("Where: {0}", [where]));
            }

            if (status == RegistrationStatus.Confirmed)
            {
                paragraphs.Add(t("The attached calendar file adds the event to your calendar.", []));
            }

            var subject = status == RegistrationStatus.Waitlisted
                ? t("Waiting list: {0}", [item.Title])
                : t("Registered: {0}", [item.Title]);
            return new MailContent(subject, paragraphs, t("Event details", []), link);
        }, attachments, cancellationToken);
    }
}
