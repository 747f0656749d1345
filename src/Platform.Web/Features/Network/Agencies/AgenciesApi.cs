using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Network.Directory;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Network.Agencies;

internal static class AgenciesApi
{
    public static void MapAgenciesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/network/agencies", "Network");

        group.MapGet("/", async (string? search, string? country, int? page, int? pageSize, ListDirectoryHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new DirectoryQuery(search, country, page, pageSize), ct)))
            .WithSummary("Country directory: active agencies with their listed contacts")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{code}", async Task<Results<Ok<AgencyProfile>, NotFound, ValidationProblem>> (string code, GetAgencyProfileHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, ct)).ToApiResult())
            .WithSummary("One agency with its teams, sponsored partner organisations and listed contacts")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async Task<Results<Created<AgencyView>, NotFound, ValidationProblem>> (AgencyInput input, CreateAgencyHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(input, ct)).ToCreatedResult(a => $"/api/network/agencies/{a.Code}"))
            .WithSummary("Add an agency (network admin)")
            .RequireAuthorization(Policies.NetworkAdmin);

        group.MapPut("/{code}", async Task<Results<Ok<AgencyView>, NotFound, ValidationProblem>> (string code, AgencyInput input, UpdateAgencyHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, input, ct)).ToApiResult())
            .WithSummary("Edit an agency (network admin)")
            .RequireAuthorization(Policies.NetworkAdmin);

        group.MapPost("/{code}/deactivate", async Task<Results<Ok<AgencyView>, NotFound, ValidationProblem>> (string code, SetAgencyActiveHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, active: false, ct)).ToApiResult())
            .WithSummary("Deactivate an agency (network admin)")
            .RequireAuthorization(Policies.NetworkAdmin);

        group.MapPost("/{code}/reactivate", async Task<Results<Ok<AgencyView>, NotFound, ValidationProblem>> (string code, SetAgencyActiveHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(code, active: true, ct)).ToApiResult())
            .WithSummary("Reactivate an agency (network admin)")
            .RequireAuthorization(Policies.NetworkAdmin);
    }
}
