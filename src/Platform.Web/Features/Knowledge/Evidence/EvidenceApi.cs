using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Knowledge.Evidence.Evaluations;
using Platform.Web.Features.Knowledge.Evidence.Ratings;
using Platform.Web.Features.Knowledge.Evidence.Readiness;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Evidence;

internal static class EvidenceApi
{
    public static void MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge", "Knowledge evidence");

        group.MapGet("/interventions/{id:guid}/evaluations", async Task<Results<Ok<IReadOnlyList<EvaluationView>>, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, ListEvaluationsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Evaluations of an intervention")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/interventions/{id:guid}/evaluations", async Task<Results<Created<EvaluationView>, NotFound, ValidationProblem>> (
                Guid id, EvaluationInput input, ClaimsPrincipal user, AddEvaluationHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToCreatedResult(e => $"/api/knowledge/interventions/{id}/evaluations"))
            .WithSummary("Add an evaluation (owning agency, or an adopting agency's local evaluation)")
            .RequireAuthorization(EvidencePolicies.Contributor);

        group.MapGet("/interventions/{id:guid}/ratings", async Task<Results<Ok<IReadOnlyList<RatingView>>, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, ListRatingsHandler handler, CancellationToken ct) =>
                (await handler.ForInterventionAsync(EvidenceActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Evidence ratings per outcome of an intervention (reviews blind until both are submitted)")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/interventions/{id:guid}/ratings", async Task<Results<Created<Guid>, NotFound, ValidationProblem>> (
                Guid id, OpenRatingInput input, ClaimsPrincipal user, OpenRatingHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToCreatedResult(r => $"/api/knowledge/ratings/{r}"))
            .WithSummary("Open a rating of one outcome and assign two reviewers (network admin or the owner's country admin)")
            .RequireAuthorization(EvidencePolicies.Contributor);

        group.MapGet("/ratings/mine", async (ClaimsPrincipal user, ListRatingsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.MineAsync(EvidenceActor.From(user), ct)))
            .WithSummary("My review tasks, and disputes to resolve for network admins")
            .RequireAuthorization(EvidencePolicies.Contributor);

        group.MapGet("/ratings/{id:guid}", async Task<Results<Ok<RatingView>, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, GetRatingHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, ct)).ToApiResult())
            .WithSummary("One rating")
            .RequireAuthorization(Policies.Member);

        group.MapPut("/ratings/{id:guid}/reviewers", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                Guid id, AssignReviewersInput input, ClaimsPrincipal user, AssignReviewersHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToNoContentResult())
            .WithSummary("Replace the two reviewers before either has submitted")
            .RequireAuthorization(EvidencePolicies.Contributor);

        group.MapPost("/ratings/{id:guid}/review", async Task<Results<Ok<RatingState>, NotFound, ValidationProblem>> (
                Guid id, ReviewInput input, ClaimsPrincipal user, SubmitReviewHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Submit my review (tier and rationale), once")
            .RequireAuthorization(EvidencePolicies.Contributor);

        group.MapPost("/ratings/{id:guid}/resolution", async Task<Results<Ok<RatingState>, NotFound, ValidationProblem>> (
                Guid id, ResolveInput input, ClaimsPrincipal user, ResolveRatingHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Resolve a disputed rating with a reason (a network admin who did not review it)")
            .RequireAuthorization(Policies.NetworkAdmin);

        group.MapGet("/interventions/{id:guid}/readiness", async Task<Results<Ok<ReadinessView>, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, GetReadinessHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Dissemination-readiness checklist of an intervention")
            .RequireAuthorization(Policies.Member);

        group.MapPut("/interventions/{id:guid}/readiness", async Task<Results<Ok<ReadinessView>, NotFound, ValidationProblem>> (
                Guid id, ReadinessInput input, ClaimsPrincipal user, SaveReadinessHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Fill in or update the readiness checklist (owning agency)")
            .RequireAuthorization(EvidencePolicies.Contributor);
    }
}
