using System.Security.Claims;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Sharing;
using Platform.Web.Infrastructure.Web;

namespace Platform.Web.Features.Knowledge.Search;

internal static class KnowledgeSearchApi
{
    public static void MapKnowledgeSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/knowledge", "Knowledge");

        group.MapGet("/search", async ([AsParameters] KnowledgeSearchParameters parameters, ClaimsPrincipal user, IKnowledgeSearch search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(parameters.ToQuery(), ShareViewer.From(user), ct)))
            .WithSummary("Search intervention profiles and documents")
            .WithDescription("Full text in every network language plus facets (stage, offence, minimum evidence tier, country, language, age overlap). "
                + "Returns one page of hits, the total and, per facet, how many hits each value gives with the other filters. Only items shared with you appear.")
            .RequireAuthorization(Policies.Member);
    }
}
