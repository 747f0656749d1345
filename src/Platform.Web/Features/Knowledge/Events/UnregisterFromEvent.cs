using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

/// <summary>A member gives up their seat (or waiting-list place); the first one waiting gets the freed seat and a mail.</summary>
public sealed class UnregisterFromEventHandler(AppDbContext db, IAuditLog audit, TimeProvider clock, EventMailer mailer)
{
    public async Task<Outcome<bool>> HandleAsync(EventActor actor, Guid eventId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var item = await db.KnowledgeEvents.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
            if (item is null)
            {
                return Outcome.NotFound<bool>();
            }

            var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.MemberId == actor.MemberId, cancellationToken);
            if (registration is null)
            {
                return Outcome.Ok(false);
            }

            if (clock.GetUtcNow() >= item.StartsAt)
            {
                return Outcome.Invalid<bool>("", "The event has started; registrations can no longer change.");
            }

            db.EventRegistrations.Remove(registration);
            EventRegistration? promoted = null;
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                promoted = await db.EventRegistrations
                    .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
                    .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
                    .FirstOrDefaultAsync(cancellationToken);
                promoted?.Status = RegistrationStatus.Confirmed;
            }

            item.RegistrationStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            await audit.RecordAsync(new AuditEvent("event.unregistered", nameof(EventRegistration), registration.Id.ToString(), item.OrganiserAgencyCode, Details: $"event {eventId}"), cancellationToken);
            if (promoted is not null)
            {
                await audit.RecordAsync(new AuditEvent("event.waitlist-promoted", nameof(EventRegistration), promoted.Id.ToString(), item.OrganiserAgencyCode, Details: $"event {eventId}"), cancellationToken);
                await mailer.SendRegistrationAsync(promoted.MemberId, eventId, RegistrationStatus.Confirmed, cancellationToken, promotedFromWaitlist: true);
            }

            return Outcome.Ok(true);
        }
    }
}
