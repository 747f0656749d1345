using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Contact.Actions;
using Platform.Web.Features.Operations.Contact.Letters;
using Platform.Web.Features.Operations.Contact.Persons;
using Platform.Web.Features.Operations.Contact.Review;
using Platform.Web.Features.Operations.Contact.Summary;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Operations.Contact;

public sealed record BulkDecisionRequest(PersonFilter Filter, DecisionInput Decision, int ConfirmedCount);

public sealed record BulkCount(int Count);

internal static class ContactApi
{
    public static void MapContactApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/operations", "Operations").RequireAuthorization(Policies.PersonalData);

        group.MapGet("/{id:guid}/persons", async ([FromRoute] Guid id, [AsParameters] PersonFilter filter, int? page, int? pageSize, ClaimsPrincipal user, ListPersonsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(ContactActor.From(user), id, filter, page, pageSize, ct)).ToApiResult())
            .WithSummary("Your country's persons of an operation, filtered and sorted by facts you choose (audited)");

        group.MapGet("/{id:guid}/persons/{personId:guid}", async (Guid id, Guid personId, ClaimsPrincipal user, PersonDetailHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(ContactActor.From(user), id, personId, ct)).ToApiResult())
            .WithSummary("One person: facts, accounts, evidence, actions and outcomes (audited)");

        group.MapPost("/{id:guid}/persons/{personId:guid}/actions", async (Guid id, Guid personId, DecisionInput input, ClaimsPrincipal user, DecideContactHandler handler, CancellationToken ct) =>
                (await handler.DecideAsync(ContactActor.From(user), id, personId, input, ct)).ToCreatedResult(a => $"/api/operations/{id}/persons/{personId}"))
            .WithSummary("Record a decision for one person (email, letter, visit, no action with reason)");

        group.MapGet("/{id:guid}/actions/bulk-count", async Task<Results<Ok<BulkCount>, NotFound>> ([FromRoute] Guid id, [AsParameters] PersonFilter filter, [FromQuery(Name = "decision")] Model.ContactActionKind decision, ClaimsPrincipal user, DecideContactHandler handler, CancellationToken ct) =>
                await handler.CountAsync(ContactActor.From(user), id, filter, decision, ct) is { } count ? TypedResults.Ok(new BulkCount(count)) : TypedResults.NotFound())
            .WithSummary("How many persons a bulk decision for this filter would cover (confirm this count)");

        group.MapPost("/{id:guid}/actions/bulk", async (Guid id, BulkDecisionRequest request, ClaimsPrincipal user, DecideContactHandler handler, CancellationToken ct) =>
                (await handler.DecideBulkAsync(ContactActor.From(user), id, request.Filter, request.Decision, request.ConfirmedCount, ct)).ToApiResult())
            .WithSummary("Record one decision for every person of a filter, after confirming the count");

        group.MapPost("/{id:guid}/actions/{actionId:guid}/outcomes", async (Guid id, Guid actionId, OutcomeInput input, ClaimsPrincipal user, RecordOutcomeHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(ContactActor.From(user), id, actionId, input, ct)).ToApiResult())
            .WithSummary("Record an outcome of an action (a later bounce, visit done, not found, reply, denial)");

        group.MapGet("/{id:guid}/actions/{actionId:guid}/letter", async Task<Results<Ok<LetterView>, NotFound>> (Guid id, Guid actionId, ClaimsPrincipal user, LetterHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(ContactActor.From(user), id, actionId, ct) is { } letter ? TypedResults.Ok(letter) : TypedResults.NotFound())
            .WithSummary("The text of the warning letter of a letter action (audited); the page /Operations/{id}/Letters/{actionId} prints it");

        group.MapGet("/{id:guid}/summary", async (Guid id, ClaimsPrincipal user, ContactSummaryHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(ContactActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Counts per country: persons, decided, contacted, bounced, no action by reason (no persons)");

        group.MapGet("/{id:guid}/review", async (Guid id, int? page, ClaimsPrincipal user, ReviewListHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(ContactActor.From(user), id, page, ct)).ToApiResult())
            .WithSummary("Coordinator: persons needing review or attributed to a non-participating or unknown country");

        group.MapPost("/{id:guid}/persons/{personId:guid}/assign", async (Guid id, Guid personId, ReassignInput input, ClaimsPrincipal user, ReassignPersonHandler handler, CancellationToken ct) =>
                (await handler.AssignAsync(ContactActor.From(user), id, personId, input, ct)).ToApiResult())
            .WithSummary("Coordinator: assign a reviewed person to a participating country, or keep it (reason required)");

        group.MapPost("/{id:guid}/persons/{personId:guid}/hand-back", async (Guid id, Guid personId, ReassignInput input, ClaimsPrincipal user, ReassignPersonHandler handler, CancellationToken ct) =>
                (await handler.HandBackAsync(ContactActor.From(user), id, personId, input, ct)).ToApiResult())
            .WithSummary("Hand a mis-attributed person back to the coordinating country (reason required)");
    }
}
