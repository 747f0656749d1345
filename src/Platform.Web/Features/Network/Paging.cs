using Microsoft.EntityFrameworkCore;

namespace Platform.Web.Features.Network;

/// <summary>One page of a list, with the total so clients can page on.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Page number (from 1) and size (1–100), normalised from untrusted query values.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(int? page, int? pageSize, int defaultSize = 25) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));
}

public static class PagingQueries
{
    /// <summary>
    /// The total behind a page already read: a page that is not full and not past the end tells the total by itself,
    /// so the COUNT round trip is only paid when more rows may follow. Read the page first, then call this.
    /// </summary>
    public static async Task<int> TotalAsync<T>(this IQueryable<T> query, Paging paging, int itemsOnPage, CancellationToken cancellationToken) =>
        itemsOnPage < paging.PageSize && (itemsOnPage > 0 || paging.Page == 1)
            ? paging.Skip + itemsOnPage
            : await query.CountAsync(cancellationToken);
}
