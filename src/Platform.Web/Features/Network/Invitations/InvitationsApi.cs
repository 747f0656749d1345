using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Network.Invitations;

internal static class InvitationsApi
{
    public static void MapInvitationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/network/invitations", "Network").RequireAuthorization(Policies.CountryAdmin);

        group.MapGet("/", async (InvitationStatus? status, string? search, int? page, int? pageSize,
                    ClaimsPrincipal user, ListInvitationsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(NetworkActor.From(user), new InvitationQuery(status, search, page, pageSize), ct)))
            .WithSummary("Invitations of your agency");

        group.MapGet("/{id:guid}", async Task<Results<Ok<InvitationRow>, NotFound, ValidationProblem>> (
                    Guid id, ClaimsPrincipal user, ListInvitationsHandler handler, CancellationToken ct) =>
                (await handler.FindAsync(NetworkActor.From(user), id, ct)).ToApiResult())
            .WithSummary("One invitation of your agency");

        group.MapPost("/", async Task<Results<Created<InvitationSent>, NotFound, ValidationProblem>> (
                    InvitationInput input, ClaimsPrincipal user, HttpRequest request, IConfiguration configuration,
                    CreateInvitationHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), input, InvitationLinks.BaseUrl(configuration, request), ct))
                    .ToCreatedResult(s => $"/api/network/invitations/{s.Invitation.Id}"))
            .WithSummary("Invite someone to your agency by email (valid for 7 days)");

        group.MapPost("/{id:guid}/revoke", async Task<Results<Ok<InvitationRow>, NotFound, ValidationProblem>> (
                    Guid id, ClaimsPrincipal user, RevokeInvitationHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, ct)).ToApiResult())
            .WithSummary("Revoke an invitation");

        group.MapPost("/{id:guid}/resend", async Task<Results<Ok<InvitationSent>, NotFound, ValidationProblem>> (
                    Guid id, ClaimsPrincipal user, HttpRequest request, IConfiguration configuration,
                    ResendInvitationHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, InvitationLinks.BaseUrl(configuration, request), ct)).ToApiResult())
            .WithSummary("Send an invitation again with a new link and a new expiry");
    }
}
