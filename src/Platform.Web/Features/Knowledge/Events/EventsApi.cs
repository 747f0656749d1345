using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Events;

internal static class EventsApi
{
    public static void MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge/events", "Knowledge events");

        group.MapGet("/", async (EventPeriod? when, EventKind? kind, string? topic, string? search, int? page, int? pageSize, ClaimsPrincipal user, ListEventsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(EventActor.From(user), new EventQuery(when ?? EventPeriod.Upcoming, kind, topic, search, page, pageSize), ct)))
            .WithSummary("Network events (upcoming by default), without their sessions")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}", async Task<Results<Ok<EventView>, NotFound>> (Guid id, ClaimsPrincipal user, ListEventsHandler handler, CancellationToken ct) =>
                await handler.FindAsync(EventActor.From(user), id, ct) is { } item ? TypedResults.Ok(item) : TypedResults.NotFound())
            .WithSummary("One event or session, with its sessions and registration counts")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async Task<Results<Created<EventView>, NotFound, ValidationProblem>> (EventInput input, ClaimsPrincipal user, CreateEventHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EventActor.From(user), input, ct)).ToCreatedResult(e => $"/api/knowledge/events/{e.Id}"))
            .WithSummary("Create an event of your agency, or a session (parentId) of an event you organise; times are local to timeZone")
            .RequireAuthorization(EventPolicies.Organiser);

        group.MapPut("/{id:guid}", async Task<Results<Ok<EventView>, NotFound, ValidationProblem>> (Guid id, EventInput input, ClaimsPrincipal user, UpdateEventHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EventActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Edit an event or session you organise")
            .RequireAuthorization(EventPolicies.Organiser);

        group.MapPost("/{id:guid}/registration", async Task<Results<Ok<RegistrationView>, NotFound, ValidationProblem>> (Guid id, ClaimsPrincipal user, RegisterForEventHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EventActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Register for an event (waiting list when full); a confirmation mail follows")
            .RequireAuthorization(Policies.Member);

        group.MapDelete("/{id:guid}/registration", async Task<Results<NoContent, NotFound, ValidationProblem>> (Guid id, ClaimsPrincipal user, UnregisterFromEventHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EventActor.From(user), id, ct)).ToNoContentResult())
            .WithSummary("Cancel your registration; the first person waiting gets the seat")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}/participants", async Task<Results<Ok<IReadOnlyList<ParticipantView>>, NotFound, ValidationProblem>> (Guid id, ClaimsPrincipal user, ListParticipantsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EventActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Participants (name, agency) of an event you organise")
            .RequireAuthorization(EventPolicies.Organiser);

        group.MapGet("/{id:guid}/ics", async Task<Results<FileContentHttpResult, NotFound>> (Guid id, ClaimsPrincipal user, ListEventsHandler handler, KnowledgeMail mail, TimeProvider clock, CancellationToken ct) =>
                await handler.FindAsync(EventActor.From(user), id, ct) is { } item
                    ? TypedResults.File(EventCalendar.Bytes(EventCalendar.Serialize([item], clock.GetUtcNow(), mail.BaseUrl)), EventCalendar.ContentType, EventCalendar.FileName(item))
                    : TypedResults.NotFound())
            .WithSummary("The event and its sessions as an iCalendar file")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/mine.ics", async (ClaimsPrincipal user, MyCalendarHandler handler, CancellationToken ct) =>
                TypedResults.File(EventCalendar.Bytes(await handler.HandleAsync(EventActor.From(user), ct)), EventCalendar.ContentType, "intercop-my-events.ics"))
            .WithSummary("Calendar feed of the events you registered for (cookie session or API key with read scope)")
            .RequireAuthorization(Policies.Member);
    }
}
