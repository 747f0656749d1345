using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Network.Members;

internal static class MembersApi
{
    public static void MapMembersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/network/members", "Network").RequireAuthorization(NetworkPolicies.MemberAdmin);

        group.MapGet("/", async (string? search, string? role, Guid? teamId, MemberStatus? status, int? page, int? pageSize,
                    ClaimsPrincipal user, ListMembersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(
                    NetworkActor.From(user), new MemberQuery(search, role, teamId, status ?? MemberStatus.Active, page, pageSize), ct)))
            .WithSummary("Members of your agency (country or network admin)");

        group.MapGet("/{id}", async Task<Results<Ok<MemberDetails>, NotFound, ValidationProblem>> (string id, ClaimsPrincipal user, GetMemberHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, ct)).ToApiResult())
            .WithSummary("One member of your agency");

        group.MapPut("/{id}", async Task<Results<Ok<MemberDetails>, NotFound, ValidationProblem>> (string id, MemberUpdateInput input, ClaimsPrincipal user, UpdateMemberHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Change a member's roles, team, job title and directory listing");

        group.MapPost("/{id}/deactivate", async Task<Results<NoContent, NotFound, ValidationProblem>> (string id, ClaimsPrincipal user, SetMemberActiveHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, active: false, ct)).ToNoContentResult())
            .WithSummary("Deactivate a member: sign-in is refused and open sessions end");

        group.MapPost("/{id}/reactivate", async Task<Results<NoContent, NotFound, ValidationProblem>> (string id, ClaimsPrincipal user, SetMemberActiveHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, active: true, ct)).ToNoContentResult())
            .WithSummary("Reactivate a member");
    }
}
