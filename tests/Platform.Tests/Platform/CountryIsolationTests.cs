using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tests.Infrastructure;
using Platform.Web.Infrastructure.Data;
using Platform.Web.Infrastructure.Tenancy;

namespace Platform.Tests.Guards;

/// <summary>One app (of factory type <typeparamref name="TFactory"/>) with agencies A and B, shared by a test class.</summary>
public abstract class IsolationFixture<TFactory> : IAsyncLifetime where TFactory : AppFactory, new()
{
    public TFactory App { get; } = new();

    public IsolationWorld World { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        World = await IsolationWorld.CreateAsync(App, IsolationFixtureBuilders.Discover());
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class IsolationFixture : IsolationFixture<AppFactory>;

/// <summary>
/// The platform's most important guard: personal data of one country is invisible to every other country, on every
/// endpoint, for every role, including endpoints added later (they are discovered, not listed). See
/// <see cref="IsolationSweep"/> for the rules and <see cref="IsolationFixtureBuilders"/> for adding agency-owned types.
/// </summary>
public sealed class CountryIsolationTests(IsolationFixture fixture) : IClassFixture<IsolationFixture>
{
    public const string WriteMatrixVariable = "INTERCOP_WRITE_MATRIX";

    /// <summary>
    /// Endpoints where some roles of one agency legitimately see another agency's data (endpoint key → roles, reason).
    /// Empty on purpose: every entry weakens the platform's main promise and needs a reason a data protection officer accepts.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string[] Sessions, string Reason)> ByDesign =
        new Dictionary<string, (string[] Sessions, string Reason)>(StringComparer.Ordinal);

    [Fact]
    public void EveryAgencyOwnedType_HasAFixtureBuilder()
    {
        var missing = fixture.World.MissingBuilders.Select(IsolationFixtureContext.BuilderHint).ToList();

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task RowsOfAgencyB_AreFilteredOutForAgencyA_OnEveryAgencyOwnedType()
    {
        await fixture.App.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            using var asA = db.Scope.ActAs(IsolationWorld.AgencyA);
            foreach (var (type, count) in await VisibleRowsByTypeAsync(db, IsolationWorld.AgencyB))
            {
                Assert.True(count == 0, $"{type.Name} rows of B are visible to A.");
            }
        });
    }

    [Fact]
    public async Task PooledContexts_ServeOnlyTheAgencyOfTheScopeThatRentedThem()
    {
        AppDbContext? first = null;
        await fixture.App.WithScopeAsync(async services =>
        {
            first = services.GetRequiredService<AppDbContext>();
            using var asA = first.Scope.ActAs(IsolationWorld.AgencyA);
            Assert.True(await VisibleRowsOfAsync(first, IsolationWorld.AgencyA) > 0);
        });

        Assert.Throws<InvalidOperationException>(() => first!.Scope);

        // More rents than the pool holds contexts after this fixture's sequential work: none remembers agency A.
        for (var rent = 0; rent < 8; rent++)
        {
            await fixture.App.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<AppDbContext>();
                Assert.Same(services.GetRequiredService<AgencyScope>(), db.Scope);
                Assert.Equal(0, await VisibleRowsOfAsync(db, IsolationWorld.AgencyA));
            });
        }
    }

    [Fact]
    public async Task EveryEndpoint_KeepsAgencyB_InvisibleToEveryRoleOfAgencyA()
    {
        var report = await IsolationSweep.RunAsync(fixture.World, byDesign: ByDesign);

        TestContext.Current.TestOutputHelper?.WriteLine(report.RenderTable());
        if (Environment.GetEnvironmentVariable(WriteMatrixVariable) == "1")
        {
            await File.WriteAllTextAsync(MatrixPath(), report.RenderMarkdown(), TestContext.Current.CancellationToken);
        }

        Assert.True(report.Findings.Count == 0, report.Summary + "\n" + string.Join("\n", report.Findings));
        Assert.Contains(report.Endpoints, e => e.HasParameters && !e.AllowsAnonymous);
    }

    private static async Task<int> VisibleRowsOfAsync(AppDbContext db, string agency) =>
        (await VisibleRowsByTypeAsync(db, agency)).Sum(r => r.Count);

    /// <summary>For every agency-owned type, how many rows of <paramref name="agency"/> the context lets through.</summary>
    private static async Task<List<(Type Type, int Count)>> VisibleRowsByTypeAsync(AppDbContext db, string agency)
    {
        var counts = new List<(Type, int)>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.BaseType is null && typeof(IAgencyOwned).IsAssignableFrom(t.ClrType)))
        {
            var count = typeof(CountryIsolationTests).GetMethod(nameof(CountOfAgencyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.ClrType);
            counts.Add((type.ClrType, await (Task<int>)count.Invoke(null, [db, agency])!));
        }

        return counts;
    }

    private static async Task<int> CountOfAgencyAsync<T>(AppDbContext db, string agency) where T : class, IAgencyOwned =>
        await db.Set<T>().CountAsync(e => e.AgencyCode == agency);

    private static string MatrixPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.slnx")))
        {
            directory = directory.Parent;
        }

        var docs = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."), "docs");
        Directory.CreateDirectory(docs);
        return Path.Combine(docs, "authorization-matrix.md");
    }
}
