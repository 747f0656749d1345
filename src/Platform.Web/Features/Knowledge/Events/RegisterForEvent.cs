using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Audit;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.Knowledge.Events;

public sealed record RegistrationView(Guid EventId, RegistrationStatus Status, int ConfirmedCount, int WaitlistCount, int? Capacity);

/// <summary>
/// A member takes a seat, or a place on the waiting list when the event is full, until the registration deadline.
/// Every registration change also changes the event's RegistrationStamp (a concurrency token), so two members racing
/// for the last seat cannot both get it: the loser retries and is put on the waiting list.
/// </summary>
public sealed class RegisterForEventHandler(AppDbContext db, IAuditLog audit, TimeProvider clock, EventMailer mailer)
{
    public async Task<Outcome<RegistrationView>> HandleAsync(EventActor actor, Guid eventId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var item = await db.KnowledgeEvents.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
            if (item is null)
            {
                return Outcome.NotFound<RegistrationView>();
            }

            if (item.IsSession)
            {
                return Outcome.Invalid<RegistrationView>("", "Register for the event this session belongs to.");
            }

            var now = clock.GetUtcNow();
            if (now >= item.RegistrationClosesAt)
            {
                return Outcome.Invalid<RegistrationView>("", "Registration for this event is closed.");
            }

            var existing = await db.EventRegistrations.AsNoTracking().FirstOrDefaultAsync(r => r.EventId == eventId && r.MemberId == actor.MemberId, cancellationToken);
            if (existing is not null)
            {
                return Outcome.Ok(await RegistrationCounts.ViewAsync(db, item, existing.Status, cancellationToken));
            }

            var confirmed = await db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed, cancellationToken);
            var status = item.Capacity is { } capacity && confirmed >= capacity ? RegistrationStatus.Waitlisted : RegistrationStatus.Confirmed;
            var registration = new EventRegistration { EventId = eventId, MemberId = actor.MemberId, Status = status, RegisteredAt = now };
            db.EventRegistrations.Add(registration);
            item.RegistrationStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
                continue;
            }

            var action = status == RegistrationStatus.Confirmed ? "event.registered" : "event.waitlisted";
            await audit.RecordAsync(new AuditEvent(action, nameof(EventRegistration), registration.Id.ToString(), item.OrganiserAgencyCode, Details: $"event {eventId}"), cancellationToken);
            await mailer.SendRegistrationAsync(actor.MemberId, eventId, status, cancellationToken);
            return Outcome.Ok(await RegistrationCounts.ViewAsync(db, item, status, cancellationToken));
        }
    }
}

internal static class RegistrationCounts
{
    public static async Task<RegistrationView> ViewAsync(AppDbContext db, KnowledgeEvent item, RegistrationStatus status, CancellationToken cancellationToken)
    {
        var confirmed = await db.EventRegistrations.CountAsync(r => r.EventId == item.Id && r.Status == RegistrationStatus.Confirmed, cancellationToken);
        var waitlist = await db.EventRegistrations.CountAsync(r => r.EventId == item.Id && r.Status == RegistrationStatus.Waitlisted, cancellationToken);
        return new RegistrationView(item.Id, status, confirmed, waitlist, item.Capacity);
    }
}
