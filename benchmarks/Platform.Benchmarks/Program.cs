using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Platform.Benchmarks;

// Each measured iteration is ONE search (invocation count 1), so P50/P95/P99 are latencies of single searches,
// not of averages. In-process: the repository's build settings then apply to no generated project.
// "seed" builds the 10k-profile databases first (minutes on PostgreSQL), so measuring runs start at once.
if (args is ["seed", ..])
{
    foreach (var provider in SearchBenchmarks.Providers())
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await new BenchDatabase(provider, 10_000).EnsureSeededAsync();
        Console.WriteLine($"{provider}: 10000 profiles ready in {watch.Elapsed.TotalSeconds:0} s.");
    }

    return;
}

// "breakdown": where a search's time goes (stamp check, text match, whole search), for diagnosis.
if (args is ["breakdown", ..])
{
    await SearchBreakdown.RunAsync(int.TryParse(Environment.GetEnvironmentVariable("INTERCOP_BENCH_ITERATIONS"), out var calls) ? calls : 300);
    return;
}

// "iplookup" and "parse" (nanosecond-scale lookups; the client side of staging a seized-data file: read, map, hash,
// without the database) need BenchmarkDotNet's own invocation counts, not one call per iteration.
if (args is ["iplookup" or "parse", .. var rest])
{
    var fast = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    BenchmarkRunner.Run(args[0] == "parse" ? typeof(ImportParseBenchmarks) : typeof(IpLookupBenchmarks), fast, rest);
    return;
}

var iterations = int.TryParse(Environment.GetEnvironmentVariable("INTERCOP_BENCH_ITERATIONS"), out var n) ? n : 300;
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
        .WithInvocationCount(1)
        .WithUnrollFactor(1)
        .WithWarmupCount(20)
        .WithIterationCount(iterations))
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max)
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromTypes([typeof(SearchBenchmarks)]).Run(args, config);
