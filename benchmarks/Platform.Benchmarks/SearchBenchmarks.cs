using BenchmarkDotNet.Attributes;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Benchmarks;

/// <summary>
/// Typical searches over 10,000 profiles, each as a web request does it: a new context per search, the full
/// IKnowledgeSearch path (text match, visibility, facet counts, one page with snippets) with one snapshot
/// kept across searches, as the host's singleton is.
/// </summary>
public class SearchBenchmarks : IDisposable
{
    private static readonly ShareViewer Viewer = new("bench-officer", "NL");

    private readonly KnowledgeSearchSnapshot _snapshot = new();

    private BenchDatabase _database = null!;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "Sqlite";

    [Params(10_000)]
    public int Profiles { get; set; }

    public static IEnumerable<string> Providers() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("INTERCOP_BENCH_POSTGRES")) ? ["Sqlite"] : ["Sqlite", "Postgres"];

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchDatabase(Provider, Profiles);
        _database.EnsureSeededAsync().GetAwaiter().GetResult();
        // One search before measuring opens the connection pool and compiles the queries, as a running site has.
        TextOnly().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _snapshot.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "text: 'ddos workshop'")]
    public Task<KnowledgeSearchResult> TextOnly() => SearchAsync(new KnowledgeQuery("ddos workshop"));

    [Benchmark(Description = "text + facets: 'young offenders' tertiary, hacking, NL")]
    public Task<KnowledgeSearchResult> TextAndFacets() => SearchAsync(new KnowledgeQuery(
        "young offenders", Stages: [PreventionStage.Tertiary], OffenceTypes: [OffenceType.Hacking], Countries: ["NL"]));

    [Benchmark(Description = "facets only: secondary, malware, language nl")]
    public Task<KnowledgeSearchResult> FacetsOnly() => SearchAsync(new KnowledgeQuery(
        Stages: [PreventionStage.Secondary], OffenceTypes: [OffenceType.Malware], Languages: ["nl"]));

    [Benchmark(Description = "DDoS first offenders, 14-18, at least promising")]
    public Task<KnowledgeSearchResult> DdosFirstOffenders() => SearchAsync(new KnowledgeQuery(
        "first offenders", OffenceTypes: [OffenceType.DdosForHire], MinimumTier: EvidenceTier.Promising, AgeFrom: 14, AgeTo: 18));

    [Benchmark(Description = "no text, no facets (landing page)")]
    public Task<KnowledgeSearchResult> Everything() => SearchAsync(new KnowledgeQuery());

    private async Task<KnowledgeSearchResult> SearchAsync(KnowledgeQuery query)
    {
        await using var db = _database.CreateContext();
        return await new KnowledgeSearch(db, _snapshot).SearchAsync(query, Viewer);
    }
}
