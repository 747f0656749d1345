using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Web.Features.Network;

/// <summary>
/// Model of _Pagination.cshtml: page links that keep the current filters. Page models read "page" with
/// [FromQuery(Name = "page")] on the handler: a bound property named "page" would get the Razor Pages route value.
/// </summary>
public sealed class Pager(int page, int pageCount, int total, HttpRequest request)
{
    public int Page => page;

    public int PageCount => pageCount;

    public int Total => total;

    public static Pager For<T>(PageOf<T> list, HttpRequest request) => new(list.Page, list.PageCount, list.Total, request);

    public string UrlFor(int target)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder(query
            .Where(kv => !string.Equals(kv.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))))
        {
            { "page", target.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + builder.ToQueryString();
    }
}
