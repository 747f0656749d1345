using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Web.Features.Knowledge.Catalogue.Sharing;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Catalogue.Interventions;

internal static class InterventionsApi
{
    public static void MapInterventionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge/interventions", "Knowledge");

        group.MapGet("/", async (string? search, PreventionStage? stage, string? owner, int? page, int? pageSize, ClaimsPrincipal user, ListInterventionsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(KnowledgeActor.From(user), new InterventionListQuery(search, stage, owner, page, pageSize), ct)))
            .WithSummary("Intervention profiles you may see (TLP and release rules applied), one page at a time")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/{id:guid}", async Task<Results<Ok<InterventionView>, NotFound>> (Guid id, ClaimsPrincipal user, GetInterventionHandler handler, CancellationToken ct) =>
                await handler.ByIdAsync(KnowledgeActor.From(user), id, ct) is { } d ? TypedResults.Ok(InterventionView.From(d.Item, d.Translations)) : TypedResults.NotFound())
            .WithSummary("One intervention profile by id, with its translations")
            .RequireAuthorization(Policies.Member);

        group.MapGet("/by-slug/{slug}", async Task<Results<Ok<InterventionView>, NotFound>> (string slug, ClaimsPrincipal user, GetInterventionHandler handler, CancellationToken ct) =>
                await handler.BySlugAsync(KnowledgeActor.From(user), slug, ct) is { } d ? TypedResults.Ok(InterventionView.From(d.Item, d.Translations)) : TypedResults.NotFound())
            .WithSummary("One intervention profile by its address (slug), with its translations")
            .RequireAuthorization(Policies.Member);

        group.MapPost("/", async (InterventionInput input, ClaimsPrincipal user, CreateInterventionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(KnowledgeActor.From(user), input, ct)).ToKnowledgeCreated(v => $"/api/knowledge/interventions/{v.Id}"))
            .WithSummary("Add an intervention profile of your agency (a national draft until a second member releases it)")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapPut("/{id:guid}", async (Guid id, InterventionInput input, ClaimsPrincipal user, UpdateInterventionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Edit a profile of your agency; send the version you read (409 if someone changed it since). A released profile returns to national draft")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapPut("/{id:guid}/sharing", async (Guid id, ShareInput input, ClaimsPrincipal user, ShareItemHandler handler, CancellationToken ct) =>
                (await handler.SetMarkingAsync<Intervention>(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Change the TLP marking (AMBER: agency codes; RED: member ids); the profile returns to national draft")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapPost("/{id:guid}/release", async (Guid id, ShareInput input, ClaimsPrincipal user, ShareItemHandler handler, CancellationToken ct) =>
                (await handler.ReleaseAsync<Intervention>(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Release a national draft under the given TLP marking (four eyes: not by the member who made the last change)")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapGet("/{id:guid}/translations", async Task<Results<Ok<IReadOnlyList<TranslationView>>, NotFound>> (Guid id, ClaimsPrincipal user, GetInterventionHandler handler, CancellationToken ct) =>
                await handler.ByIdAsync(KnowledgeActor.From(user), id, ct) is { } d ? TypedResults.Ok(d.Translations) : TypedResults.NotFound())
            .WithSummary("Language versions of a profile's name, summary and description")
            .RequireAuthorization(Policies.Member);

        group.MapPut("/{id:guid}/translations", async (Guid id, TranslationInput input, ClaimsPrincipal user, SaveTranslationHandler handler, CancellationToken ct) =>
                (await handler.SaveAsync(KnowledgeActor.From(user), id, input, ct)).ToKnowledgeResult())
            .WithSummary("Add or replace one language version (send the profile's version); the profile returns to national draft")
            .RequireAuthorization(KnowledgePolicies.Editor);

        group.MapDelete("/{id:guid}/translations/{language}", async (Guid id, string language, Guid version, ClaimsPrincipal user, SaveTranslationHandler handler, CancellationToken ct) =>
                (await handler.DeleteAsync(KnowledgeActor.From(user), id, language, version, ct)).ToKnowledgeResult())
            .WithSummary("Remove one language version (send the profile's version as ?version=)")
            .RequireAuthorization(KnowledgePolicies.Editor);
    }
}
