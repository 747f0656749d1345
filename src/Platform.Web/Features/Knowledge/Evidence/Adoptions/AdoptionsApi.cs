using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Evidence.Adoptions;

internal static class AdoptionsApi
{
    public static void MapAdoptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge", "Knowledge adoptions");

        group.MapGet("/interventions/{id:guid}/adoptions", async Task<Results<Ok<IReadOnlyList<AdoptionView>>, NotFound, ValidationProblem>> (
                Guid id, ClaimsPrincipal user, ListAdoptionsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Which countries are interested in, piloting, running or stopped an intervention, with history")
            .RequireAuthorization(Policies.Member);

        group.MapPut("/interventions/{id:guid}/adoptions/mine", async Task<Results<Ok<AdoptionView>, NotFound, ValidationProblem>> (
                Guid id, AdoptionInput input, ClaimsPrincipal user, SaveAdoptionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(EvidenceActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Register or update my agency's adoption of an intervention")
            .RequireAuthorization(EvidencePolicies.Adopter);

        group.MapGet("/adoptions", async (AdoptionStatus? status, string? country, int? page, int? pageSize,
                ClaimsPrincipal user, AdoptionMatrixHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(EvidenceActor.From(user), new AdoptionQuery(status, country, page, pageSize), ct)))
            .WithSummary("Network view: adoptions of every intervention you can see, one row per intervention and country")
            .RequireAuthorization(Policies.Member);
    }
}
