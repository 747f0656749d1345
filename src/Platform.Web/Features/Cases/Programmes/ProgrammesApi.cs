using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Cases.Work;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Cases.Programmes;

internal static class ProgrammesApi
{
    public static void MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/cases/programmes", "Cases").RequireAuthorization(Policies.PersonalData);

        group.MapGet("/", async (ProgrammeCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct)))
            .WithSummary("Programme package versions, and which ones your agency runs");

        group.MapGet("/{key}/{version:int}", async Task<Results<ContentHttpResult, NotFound>> (string key, int version, ProgrammeCatalog catalog, CancellationToken ct) =>
                await catalog.FindAsync(key, version, ct) is { } package
                    ? TypedResults.Text(ProgrammePackageFile.ToJson(package), "application/json")
                    : TypedResults.NotFound())
            .WithSummary("One package version as its JSON file (the format accepted for publishing)");

        group.MapPost("/", async Task<Results<Ok<ProgrammeVersionView>, NotFound, ValidationProblem>> (PublishProgrammeInput input, ClaimsPrincipal user, PublishProgrammeVersionHandler handler, CancellationToken ct) =>
            {
                var outcome = await handler.HandleAsync(CaseActor.From(user), user.IsInRole(Roles.NetworkAdmin), user.IsInRole(Roles.CountryAdmin), input, ct);
                return outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors) : TypedResults.Ok(ProgrammeCatalog.View(outcome.Value!, false));
            })
            .WithSummary("Publish a new package version (network admin, or an admin of the owning agency); published versions never change");

        group.MapPost("/adoptions", async Task<Results<Ok<AgencyProgramme>, NotFound, ValidationProblem>> (AdoptProgrammeInput input, ClaimsPrincipal user, AdoptProgrammeHandler handler, CancellationToken ct) =>
            {
                var outcome = await handler.HandleAsync(CaseActor.From(user), input, ct);
                return outcome.IsNotFound ? TypedResults.NotFound()
                    : outcome.IsInvalid ? TypedResults.ValidationProblem(outcome.Errors)
                    : TypedResults.Ok(outcome.Value!);
            })
            .WithSummary("Run a published package version in your agency (no code change)");
    }
}
