using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Network.Partners;

internal static class PartnersApi
{
    public static void MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/network/partners", "Network");

        group.MapGet("/", async (string? search, PartnerKind? kind, string? agency, int? page, int? pageSize, ListPartnersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new PartnerQuery(search, kind, agency, page, pageSize), ct)))
            .WithSummary("Partner organisations of the network")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}", async Task<Results<Ok<PartnerView>, NotFound>> (Guid id, ListPartnersHandler handler, CancellationToken ct) =>
                await handler.FindAsync(id, ct) is { } partner ? TypedResults.Ok(partner) : TypedResults.NotFound())
            .WithSummary("One partner organisation")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async Task<Results<Created<PartnerView>, NotFound, ValidationProblem>> (PartnerInput input, ClaimsPrincipal user, CreatePartnerHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), input, ct)).ToCreatedResult(p => $"/api/network/partners/{p.Id}"))
            .WithSummary("Add a partner organisation (country admin: sponsored by your agency; network admin: network-wide)")
            .RequireAuthorization(NetworkPolicies.PartnerAdmin);

        group.MapPut("/{id:guid}", async Task<Results<Ok<PartnerView>, NotFound, ValidationProblem>> (Guid id, PartnerInput input, ClaimsPrincipal user, UpdatePartnerHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(NetworkActor.From(user), id, input, ct)).ToApiResult())
            .WithSummary("Edit a partner organisation you administer")
            .RequireAuthorization(NetworkPolicies.PartnerAdmin);
    }
}
