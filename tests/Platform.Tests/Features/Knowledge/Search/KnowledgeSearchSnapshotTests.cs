using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Search.SearchTestData;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>
/// The in-memory snapshot behind facets and visibility: reused while the index is unchanged, reloaded when any host
/// writes the index (the stamp row), never cached from inside an uncommitted write.
/// </summary>
public sealed class KnowledgeSearchSnapshotTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private readonly ShareViewer _viewer = new("viewer", "NL");

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAgencyAsync("NL");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_IndexUnchanged_ReusesTheLoadedSnapshot()
    {
        await _app.WithSystemDbAsync(async db => { db.Interventions.Add(Intervention("NL", "Bytewise", "Lessons.")); await db.SaveChangesAsync(); });
        var snapshot = new KnowledgeSearchSnapshot();

        var first = await _app.WithScopeAsync(sp => snapshot.GetAsync(sp.GetRequiredService<AppDbContext>(), CancellationToken.None));
        var second = await _app.WithScopeAsync(sp => snapshot.GetAsync(sp.GetRequiredService<AppDbContext>(), CancellationToken.None));

        Assert.Same(first, second);
        Assert.Single(first.InTitleOrder);
    }

    [Fact]
    public async Task Search_AnotherHostWroteTheIndex_SeesTheChangeOnTheNextSearch()
    {
        var snapshotOfThisHost = _app.Services.GetRequiredService<KnowledgeSearchSnapshot>();
        await _app.WithSystemDbAsync(async db => { db.Interventions.Add(Intervention("NL", "Bytewise", "Lessons.")); await db.SaveChangesAsync(); });
        Assert.Single((await SearchAsync(snapshotOfThisHost)).Hits);

        // Another host: its own snapshot, same database; the index interceptor writes entries and the stamp.
        var otherHostSnapshot = new KnowledgeSearchSnapshot();
        await _app.WithSystemDbAsync(async db =>
        {
            db.Interventions.Add(Intervention("NL", "Kilobyte", "Lessons."));
            await db.SaveChangesAsync();
            await new KnowledgeSearch(db, otherHostSnapshot).SearchAsync(new KnowledgeQuery(), _viewer);
        });

        var titles = (await SearchAsync(snapshotOfThisHost)).Hits.Select(h => h.Title);
        Assert.Equal(["Bytewise", "Kilobyte"], titles);
    }

    [Fact]
    public async Task Get_InsideARolledBackWrite_DoesNotKeepTheUncommittedEntries()
    {
        var snapshot = _app.Services.GetRequiredService<KnowledgeSearchSnapshot>();
        await _app.WithSystemDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Interventions.Add(Intervention("NL", "Uncommitted", "Lessons."));
            await db.SaveChangesAsync();
            Assert.Single((await snapshot.GetAsync(db, CancellationToken.None)).InTitleOrder);
            await transaction.RollbackAsync();
        });

        Assert.Empty((await SearchAsync(snapshot)).Hits);
    }

    private Task<KnowledgeSearchResult> SearchAsync(KnowledgeSearchSnapshot snapshot) =>
        _app.WithScopeAsync(sp => new KnowledgeSearch(sp.GetRequiredService<AppDbContext>(), snapshot).SearchAsync(new KnowledgeQuery(), _viewer));
}
