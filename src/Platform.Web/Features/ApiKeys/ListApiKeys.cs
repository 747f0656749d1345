using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Features.Network;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Features.ApiKeys;

public sealed record ApiKeySummary(
    Guid Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    ApiKeyStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);

public sealed record ApiKeyList(IReadOnlyList<ApiKeySummary> Items, int Total, int Page, int PageSize);

/// <summary>The signed-in member's own keys, newest first.</summary>
public sealed class ListApiKeysHandler(AppDbContext db, UserManager<Member> users, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    public async Task<ApiKeyList> HandleAsync(ClaimsPrincipal user, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var mine = Mine(user);
        var total = await mine.CountAsync(cancellationToken);
        var keys = await mine
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ApiKeyList([.. keys.Select(k => Summarize(k, now))], total, page, pageSize);
    }

    public async Task<ApiKeySummary?> FindAsync(ClaimsPrincipal user, Guid keyId, CancellationToken cancellationToken = default)
    {
        var key = await Mine(user).SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        return key is null ? null : Summarize(key, clock.GetUtcNow());
    }

    private IQueryable<ApiKey> Mine(ClaimsPrincipal user)
    {
        var memberId = users.GetUserId(user);
        return db.ApiKeys.AsNoTracking().Where(k => k.MemberId == memberId);
    }

    private static ApiKeySummary Summarize(ApiKey k, DateTimeOffset now) =>
        new(k.Id, k.Name, k.Prefix, k.ScopeList, k.StatusAt(now), k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt);
}
