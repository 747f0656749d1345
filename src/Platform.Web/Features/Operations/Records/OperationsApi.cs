using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network;
using Platform.Web.Features.Operations.Import;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Operations.Records;

internal static class OperationsApi
{
    public static void MapOperationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/operations", "Operations");

        group.MapGet("/", async (int? page, int? pageSize, ClaimsPrincipal user, OperationQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(OperationActor.From(user).AgencyCode, page, pageSize, ct)))
            .WithSummary("Operations your country participates in")
            .RequireAuthorization(Policies.PersonalData);

        group.MapGet("/{id:guid}", async Task<Results<Ok<OperationDetail>, NotFound>> (Guid id, ClaimsPrincipal user, OperationSummaryQuery query, CancellationToken ct) =>
                await query.HandleAsync(OperationActor.From(user).AgencyCode, id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound())
            .WithSummary("One operation with per-country person counts and its imports")
            .RequireAuthorization(Policies.PersonalData);

        group.MapPost("/", async Task<Results<Created<OperationView>, NotFound, ValidationProblem>> (OperationInput input, ClaimsPrincipal user, CreateOperationHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(OperationActor.From(user), input, ct)).ToCreatedResult(o => $"/api/operations/{o.Id}"))
            .WithSummary("Open an operation; your agency coordinates it")
            .RequireAuthorization(OperationsPolicies.Coordinate);

        group.MapGet("/{id:guid}/imports/{importId:guid}", async Task<Results<Ok<ImportStatusView>, NotFound>> (Guid id, Guid importId, ClaimsPrincipal user, ImportQueries imports, CancellationToken ct) =>
                await imports.FindAsync(OperationActor.From(user).AgencyCode, id, importId, ct) is { } found ? TypedResults.Ok(ImportStatusView.From(found.Import)) : TypedResults.NotFound())
            .WithSummary("Status and progress of an import (coordinating agency)")
            .RequireAuthorization(OperationsPolicies.Coordinate);
    }
}
