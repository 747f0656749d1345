using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Platform.Web.Infrastructure.Data;

namespace Platform.Web.Infrastructure.Protection;

/// <summary>
/// The agencies' own keys, unwrapped in memory. A key is created on first use; an unknown version (rotated by
/// another instance) reloads from the database, and the newest version is re-read every few minutes so all
/// instances move to a rotated key. Key bytes are never logged or returned outside this assembly.
/// </summary>
public sealed class AgencyKeyRing(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock)
{
    private static readonly TimeSpan CurrentKeyRefresh = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<(string Agency, string Purpose), KeySet> _cache = new();

    internal (int Version, byte[] Key) Current(string agencyCode, string purpose)
    {
        var set = Load(agencyCode, purpose, refreshIfOlderThan: CurrentKeyRefresh);
        if (set.Keys.Count == 0)
        {
            Create(agencyCode, purpose, version: 1);
            set = Load(agencyCode, purpose, refreshIfOlderThan: TimeSpan.Zero);
        }

        var newest = set.Keys.Keys.Max();
        return (newest, set.Keys[newest]);
    }

    internal byte[]? Find(string agencyCode, string purpose, int version)
    {
        var set = Load(agencyCode, purpose, refreshIfOlderThan: null);
        if (!set.Keys.ContainsKey(version))
        {
            set = Load(agencyCode, purpose, refreshIfOlderThan: TimeSpan.Zero);
        }

        return set.Keys.GetValueOrDefault(version);
    }

    /// <summary>Adds a new newest key; older keys stay so existing ciphertext still opens.</summary>
    public async Task<int> RotateAsync(string agencyCode, string purpose, CancellationToken cancellationToken = default)
    {
        agencyCode = Normalise(agencyCode);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var newest = await db.Set<AgencyKey>().Where(k => k.AgencyCode == agencyCode && k.Purpose == purpose)
            .MaxAsync(k => (int?)k.Version, cancellationToken) ?? 0;
        db.Add(NewKey(agencyCode, purpose, newest + 1));
        await db.SaveChangesAsync(cancellationToken);
        _cache.TryRemove((agencyCode, purpose), out _);
        return newest + 1;
    }

    /// <summary>Crypto-erasure for decommissioning: deletes every key of the agency; its ciphertext is unreadable for good.</summary>
    public async Task<int> EraseAsync(string agencyCode, CancellationToken cancellationToken = default)
    {
        agencyCode = Normalise(agencyCode);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var erased = await db.Set<AgencyKey>().Where(k => k.AgencyCode == agencyCode).ExecuteDeleteAsync(cancellationToken);
        foreach (var key in _cache.Keys.Where(k => k.Agency == agencyCode))
        {
            _cache.TryRemove(key, out _);
        }

        return erased;
    }

    public async Task<IReadOnlyList<AgencyKeyInfo>> ListAsync(string agencyCode, CancellationToken cancellationToken = default)
    {
        agencyCode = Normalise(agencyCode);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Set<AgencyKey>().Where(k => k.AgencyCode == agencyCode)
            .OrderBy(k => k.Purpose).ThenBy(k => k.Version)
            .Select(k => new AgencyKeyInfo(k.Purpose, k.Version, k.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    internal static string Normalise(string agencyCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        return agencyCode.Trim().ToUpperInvariant();
    }

    // IAgencyDataProtector is synchronous (it runs inside SaveChanges and Razor views); keys load once per agency.
    private KeySet Load(string agencyCode, string purpose, TimeSpan? refreshIfOlderThan)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue((agencyCode, purpose), out var cached)
            && (refreshIfOlderThan is null || now - cached.LoadedAt < refreshIfOlderThan))
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = db.Set<AgencyKey>().AsNoTracking()
            .Where(k => k.AgencyCode == agencyCode && k.Purpose == purpose)
            .Select(k => new { k.Version, k.WrappedKey })
            .ToList();
        var protector = WrapperFor(agencyCode, purpose);
        var set = new KeySet(rows.ToDictionary(r => r.Version, r => protector.Unprotect(Convert.FromBase64String(r.WrappedKey))), now);
        _cache[(agencyCode, purpose)] = set;
        return set;
    }

    private void Create(string agencyCode, string purpose, int version)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(NewKey(agencyCode, purpose, version));
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another instance created it first; Load picks theirs up.
        }
    }

    private AgencyKey NewKey(string agencyCode, string purpose, int version)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            return new AgencyKey
            {
                AgencyCode = agencyCode,
                Purpose = purpose,
                Version = version,
                WrappedKey = Convert.ToBase64String(WrapperFor(agencyCode, purpose).Protect(key)),
                CreatedAt = clock.GetUtcNow(),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private IDataProtector WrapperFor(string agencyCode, string purpose) =>
        dataProtection.CreateProtector("InterCOP.AgencyKeys.v1", agencyCode, purpose);

    private sealed record KeySet(IReadOnlyDictionary<int, byte[]> Keys, DateTimeOffset LoadedAt);
}

public sealed record AgencyKeyInfo(string Purpose, int Version, DateTimeOffset CreatedAt);
