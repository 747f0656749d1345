using System.Diagnostics;
using Platform.Web.Features.Knowledge.Catalogue;
using Platform.Web.Features.Knowledge.Evidence;
using Platform.Web.Features.Knowledge.Search;
using Platform.Web.Infrastructure.Sharing;

namespace Platform.Benchmarks;

/// <summary>
/// Where a search's time goes ("breakdown" mode): per query, the index-stamp check, the text match alone and the
/// match plus reading 20 items' texts, and the whole search, each timed on its own (P50/P99 over single calls), so
/// the rest (facets, ranking, snippets) is the difference. A diagnostic beside <see cref="SearchBenchmarks"/>, not a replacement.
/// </summary>
internal static class SearchBreakdown
{
    private static readonly ShareViewer Viewer = new("bench-officer", "NL");

    private static readonly (string Name, KnowledgeQuery Query)[] Queries =
    [
        ("text 'ddos workshop'", new KnowledgeQuery("ddos workshop")),
        ("text + facets 'young offenders'", new KnowledgeQuery(
            "young offenders", Stages: [PreventionStage.Tertiary], OffenceTypes: [OffenceType.Hacking], Countries: ["NL"])),
        ("DDoS first offenders 14-18 promising", new KnowledgeQuery(
            "first offenders", OffenceTypes: [OffenceType.DdosForHire], MinimumTier: EvidenceTier.Promising, AgeFrom: 14, AgeTo: 18)),
        ("facets only", new KnowledgeQuery(Stages: [PreventionStage.Secondary], OffenceTypes: [OffenceType.Malware], Languages: ["nl"])),
    ];

    public static async Task RunAsync(int iterations)
    {
        foreach (var provider in SearchBenchmarks.Providers())
        {
            var database = new BenchDatabase(provider, 10_000);
            using var snapshot = new KnowledgeSearchSnapshot();
            Console.WriteLine($"{provider}, {iterations} calls each: P50 / P99 in ms");
            foreach (var (name, query) in Queries)
            {
                var terms = SearchTerms.Parse(query.Text);
                var stamp = await TimeAsync(iterations, async db => await snapshot.GetAsync(db, default), database);
                var match = terms.IsEmpty ? null : await TimeAsync(iterations, db => FullTextEngines.For(db).MatchAsync(db, terms, default), database);
                var texts = terms.IsEmpty ? null : await TimeAsync(iterations, async db =>
                {
                    var ids = (await FullTextEngines.For(db).MatchAsync(db, terms, default)).Distinct().Take(20).ToList();
                    return await FullTextEngines.For(db).TextsAsync(db, terms, ids, default);
                }, database);
                if (!terms.IsEmpty)
                {
                    await using var db = database.CreateContext();
                    var engine = FullTextEngines.For(db);
                    var pageTexts = await engine.TextsAsync(db, terms, (await engine.MatchAsync(db, terms, default)).Distinct().Take(20).ToList(), default);
                    var words = SearchRanker.FoldWords(terms.Words);
                    var watch = Stopwatch.StartNew();
                    for (var i = 0; i < 100; i++)
                    {
                        foreach (var item in pageTexts.GroupBy(t => t.ItemId))
                        {
                            SearchSnippet.Build(item.Select(t => t.Body), words);
                        }
                    }

                    Console.WriteLine($"  snippets of one page: {watch.Elapsed.TotalMilliseconds / 100:0.00} ms ({pageTexts.Sum(t => t.Body.Length)} chars)");
                }

                var whole = await TimeAsync(iterations, db => new KnowledgeSearch(db, snapshot).SearchAsync(query, Viewer), database);
                Console.WriteLine($"  {name,-38} stamp {stamp}  match {match?.ToString() ?? "-",-13}  match+texts {texts?.ToString() ?? "-",-13}  whole {whole}");
            }
        }
    }

    private static async Task<Percentiles> TimeAsync<T>(int iterations, Func<Platform.Web.Infrastructure.Data.AppDbContext, Task<T>> call, BenchDatabase database)
    {
        var times = new List<double>(iterations);
        for (var i = -20; i < iterations; i++)
        {
            await using var db = database.CreateContext();
            var watch = Stopwatch.StartNew();
            await call(db);
            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return new Percentiles(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)(times.Count * 0.99))]);
    }

    private sealed record Percentiles(double P50, double P99)
    {
        public override string ToString() => $"{P50,5:0.0} / {P99,5:0.0}";
    }
}
