using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Web.Features.Audit;

[Authorize(Policy = AuditModule.ReaderPolicy)]
public sealed class IndexModel(SearchAuditEntries search, ExportAuditEntries export) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();

    public AuditEntryPage Results { get; private set; } = new([], 1, SearchAuditEntries.PageSize, 0);

    public AuditViewer Viewer { get; private set; } = new(null, false);

    [BindProperty]
    public AccessReasonInput Reason { get; set; } = new();

    // "page" is a reserved route value in Razor Pages (the page path), so the query parameter is bound explicitly.
    public async Task<IActionResult> OnGetAsync([FromQuery] AuditFilter filter, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        await LoadAsync(filter, pageNumber);
        return Page();
    }

    // The binder can leave the filter null on a post whose body fails validation (found by FormFuzzTests: a 500 when
    // the form was shown again); no filter in the query means all entries, as on the page.
    public async Task<IActionResult> OnPostExportAsync([FromQuery] AuditFilter? filter)
    {
        filter ??= new AuditFilter();
        if (!ModelState.IsValid)
        {
            await LoadAsync(filter, 1);
            return Page();
        }

        var download = await export.ExportAsync(ViewerOf(), filter, Reason.ToReason(), HttpContext.RequestAborted);
        await download.ToResult().ExecuteAsync(HttpContext);
        return new EmptyResult();
    }

    // Built by hand: "page" is also the Razor Pages route value naming the page, so link generation would drop it.
    public string LinkFor(int page) =>
        Link(page > 1 ? ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null);

    /// <summary>The export form posts to the current filter; the reason travels in the form body.</summary>
    public string ExportLink() => Link(("handler", "Export"));

    private string Link((string Key, string Value)? extra)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in Filter.ToRouteValues())
        {
            values[key] = value;
        }

        if (extra is { } pair)
        {
            values[pair.Key] = pair.Value;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Audit", values);
    }

    private async Task LoadAsync(AuditFilter filter, int page)
    {
        Filter = filter;
        Viewer = ViewerOf();
        var filterValid = ModelState
            .Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            .All(e => e.Key.StartsWith(nameof(Reason) + ".", StringComparison.Ordinal));
        if (filterValid)
        {
            Results = await search.SearchAsync(Viewer, filter, page, SearchAuditEntries.PageSize, HttpContext.RequestAborted);
        }
    }

    private AuditViewer ViewerOf() =>
        AuditViewer.For(User) ?? throw new InvalidOperationException("The audit reader policy admitted a member who is not an audit viewer.");
}
