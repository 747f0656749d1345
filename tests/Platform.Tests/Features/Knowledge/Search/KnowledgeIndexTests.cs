using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Sharing;
using static Platform.Tests.Features.Knowledge.Search.SearchTestData;

namespace Platform.Tests.Features.Knowledge.Search;

/// <summary>The index follows every save (add, edit, translate, release, delete) and can be rebuilt from scratch.</summary>
public sealed class KnowledgeIndexTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private readonly ShareViewer _viewer = new("viewer", "GB");

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.EnsureAgencyAsync("NL");
        await _app.EnsureAgencyAsync("GB");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<KnowledgeSearchResult> SearchAsync(string text, ShareViewer? viewer = null) =>
        _app.WithScopeAsync(sp => sp.GetRequiredService<IKnowledgeSearch>().SearchAsync(new KnowledgeQuery(text), viewer ?? _viewer));

    private Task SaveAsync(Func<Web.Infrastructure.Data.AppDbContext, Task> change) =>
        _app.WithSystemDbAsync(async db =>
        {
            await change(db);
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Save_RenamedIntervention_IsFoundByNewNameAndNotByOld()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.");
        await SaveAsync(db => { db.Interventions.Add(item); return Task.CompletedTask; });
        Assert.Single((await SearchAsync("bytewise")).Hits);

        await SaveAsync(async db => (await db.Interventions.SingleAsync(i => i.Id == item.Id)).Name = "Kilobyte");

        Assert.Empty((await SearchAsync("bytewise")).Hits);
        Assert.Equal("Kilobyte", Assert.Single((await SearchAsync("kilobyte")).Hits).Title);
    }

    [Fact]
    public async Task Save_AddedTranslation_MakesItemFindableInThatLanguage()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.");
        await SaveAsync(db => { db.Interventions.Add(item); return Task.CompletedTask; });
        Assert.Empty((await SearchAsync("leerlingen")).Hits);

        await SaveAsync(db =>
        {
            db.InterventionTexts.Add(new InterventionText { InterventionId = item.Id, Language = "nl", Name = "Bytewijs", Summary = "Lessen voor leerlingen." });
            return Task.CompletedTask;
        });

        var hit = Assert.Single((await SearchAsync("leerlingen")).Hits);
        Assert.Contains("nl", hit.Languages);
    }

    [Fact]
    public async Task Save_DraftThenRelease_BecomesVisibleToOtherAgencies()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.", state: ReleaseState.NationalDraft);
        await SaveAsync(db => { db.Interventions.Add(item); return Task.CompletedTask; });
        Assert.Empty((await SearchAsync("bytewise")).Hits);
        Assert.Single((await SearchAsync("bytewise", new ShareViewer("nl", "NL"))).Hits);

        await SaveAsync(async db => (await db.Interventions.SingleAsync(i => i.Id == item.Id)).ReleaseState = ReleaseState.Released);

        Assert.Single((await SearchAsync("bytewise")).Hits);
    }

    [Fact]
    public async Task Save_DeletedInterventionWithDocument_RemovesBothFromIndex()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.");
        var manual = Document("NL", "Bytewise teacher manual", "en", "How to teach the bytewise lessons.", item.Id);
        await SaveAsync(db => { db.Interventions.Add(item); db.KnowledgeDocuments.Add(manual); return Task.CompletedTask; });
        Assert.Equal(2, (await SearchAsync("bytewise")).Total);

        await SaveAsync(async db => db.Interventions.Remove(await db.Interventions.SingleAsync(i => i.Id == item.Id)));

        Assert.Equal(0, (await SearchAsync("bytewise")).Total);
        await _app.WithSystemDbAsync(async db => Assert.Equal(0, await db.Set<KnowledgeSearchEntry>().CountAsync()));
    }

    [Fact]
    public async Task Save_DocumentOfIntervention_InheritsItsFacetsAndFollowsItsChanges()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.", minAge: 10, maxAge: 12);
        var manual = Document("NL", "Teacher manual", "en", "Handbook text about classroom exercises.", item.Id);
        await SaveAsync(db => { db.Interventions.Add(item); db.KnowledgeDocuments.Add(manual); return Task.CompletedTask; });

        await SaveAsync(async db =>
        {
            var saved = await db.Interventions.SingleAsync(i => i.Id == item.Id);
            (saved.MinAge, saved.MaxAge) = (16, 18);
        });

        var search = await _app.WithScopeAsync(sp => sp.GetRequiredService<IKnowledgeSearch>()
            .SearchAsync(new KnowledgeQuery("classroom", AgeFrom: 16, AgeTo: 16), _viewer));
        Assert.Equal("Teacher manual", Assert.Single(search.Hits).Title);
    }

    [Fact]
    public async Task Save_FailingSave_LeavesIndexUnchanged()
    {
        var item = Intervention("NL", "Bytewise", "Lessons for pupils.");
        await SaveAsync(db => { db.Interventions.Add(item); return Task.CompletedTask; });
        var duplicate = Intervention("NL", "Megabyte", "Duplicate slug.");
        duplicate.Slug = item.Slug;

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => SaveAsync(db => { db.Interventions.Add(duplicate); return Task.CompletedTask; }));

        Assert.Empty((await SearchAsync("megabyte")).Hits);
    }

    [Fact]
    public async Task Rebuild_AfterIndexWasEmptied_FindsEverythingAgain()
    {
        await SaveAsync(db =>
        {
            db.Interventions.Add(Intervention("NL", "Bytewise", "Lessons for pupils."));
            db.KnowledgeDocuments.Add(Document("GB", "Annual report", "en", "Figures about booter takedowns."));
            return Task.CompletedTask;
        });
        await _app.WithSystemDbAsync(async db =>
        {
            await FullTextEngines.For(db).ClearAsync(db, default);
            await db.Set<KnowledgeSearchEntry>().ExecuteDeleteAsync();
        });
        Assert.Empty((await SearchAsync("booter")).Hits);

        var count = await _app.WithScopeAsync(sp => sp.GetRequiredService<KnowledgeSearch>().RebuildCountingAsync());

        Assert.Equal(2, count);
        Assert.Single((await SearchAsync("booter")).Hits);
        Assert.Single((await SearchAsync("bytewise")).Hits);
    }
}
