using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Network.Teams;

internal static class TeamsApi
{
    public static void MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/network/teams", "Network").RequireAuthorization(Policies.CountryAdmin);

        group.MapGet("/", async (ClaimsPrincipal user, ListTeamsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(NetworkActor.From(user), ct)))
            .WithSummary("Teams of your agency");

        group.MapPost("/", async Task<Results<Created<TeamRow>, NotFound, ValidationProblem>> (TeamInput input, ClaimsPrincipal user, CreateTeamHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), input, ct)).ToCreatedResult(t => $"/api/network/teams/{t.Id}"))
            .WithSummary("Create a team in your agency");

        group.MapPut("/{id:guid}", async Task<Results<Ok<TeamRow>, NotFound, ValidationProblem>> (Guid id, TeamInput input, ClaimsPrincipal user, RenameTeamHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Rename a team of your agency");

        group.MapDelete("/{id:guid}", async Task<Results<NoContent, NotFound, ValidationProblem>> (Guid id, ClaimsPrincipal user, DeleteTeamHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, ct)).ToNoContentResult())
            .WithSummary("Delete a team of your agency; its members keep their accounts");
    }
}
