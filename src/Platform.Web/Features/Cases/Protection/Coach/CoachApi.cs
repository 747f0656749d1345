using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Cases.Protection.Coach;

internal static class CoachApi
{
    public static void MapCoachApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/coach", "Cases").RequireAuthorization(CaseProtectionPolicies.PartnerCoach);

        group.MapGet("/assignments", async (ClaimsPrincipal user, CoachAssignmentsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(MemberId(user), ct)))
            .WithSummary("Assignments the signed-in company coach supervises (case number only, no identity)");

        group.MapGet("/assignments/{id:guid}", async Task<Results<Ok<CoachAssignmentView>, NotFound>> (
                    Guid id, ClaimsPrincipal user, CoachAssignmentsHandler handler, CancellationToken ct) =>
                await handler.FindAsync(MemberId(user), id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound())
            .WithSummary("One assignment the coach supervises, with its sessions");

        group.MapPost("/assignments/{id:guid}/sessions", async Task<Results<Created<CoachSessionView>, NotFound, ValidationProblem>> (
                    Guid id, CoachSessionInput input, ClaimsPrincipal user, CoachAssignmentsHandler handler, CancellationToken ct) =>
                (await handler.RecordSessionAsync(MemberId(user), id, input, ct)).ToCreatedResult(s => $"/api/coach/assignments/{id}"))
            .WithSummary("Record a delivered or missed session of the assignment");
    }

    internal static string MemberId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
