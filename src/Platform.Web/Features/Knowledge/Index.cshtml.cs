using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Auth;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Web.Features.Knowledge;

/// <summary>The knowledge landing page: search intervention profiles and documents by words and facets.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(IKnowledgeSearch search, AppDbContext db) : PageModel
{
    public KnowledgeSearchParameters Parameters { get; private set; } = new();

    public KnowledgeQuery Query { get; private set; } = new();

    public KnowledgeSearchResult Result { get; private set; } = new([], 0, 1, 20, new Dictionary<string, IReadOnlyList<FacetCount>>());

    public IReadOnlyDictionary<string, string> CountryNames { get; private set; } = new Dictionary<string, string>();

    public bool Searched => !string.IsNullOrWhiteSpace(Query.Text) || Query.HasFilters;

    public async Task OnGetAsync([FromQuery] KnowledgeSearchParameters parameters, CancellationToken cancellationToken)
    {
        Parameters = parameters;
        Query = parameters.ToQuery();
        Result = await search.SearchAsync(Query, ShareViewer.From(User), cancellationToken);
        CountryNames = await db.Agencies.Select(a => new { a.Code, a.CountryName }).ToDictionaryAsync(a => a.Code, a => a.CountryName, cancellationToken);
    }

    public string CountryName(string code) => CountryNames.GetValueOrDefault(code, code);

    public bool IsChecked<T>(IReadOnlyList<T>? selected, T value) => selected?.Contains(value) == true;

    public bool IsChecked(IReadOnlyList<string>? selected, string value) =>
        selected?.Contains(value, StringComparer.OrdinalIgnoreCase) == true;

    public int Count(string facet, string value) => SearchLabels.Find(Result.Facet(facet), value)?.Count ?? 0;

    /// <summary>The same search without any filter: offered when filters left nothing.</summary>
    public string WithoutFilters => string.IsNullOrWhiteSpace(Query.Text) ? "/Knowledge" : $"/Knowledge?q={Uri.EscapeDataString(Query.Text)}";

    public Network.Pager Pager => new(Result.Page, Result.PageCount, Result.Total, Request);
}
