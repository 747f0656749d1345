using System.Globalization;
using System.Text;

namespace Platform.Tests.Fuzzing;

/// <summary>
/// How many cases each fuzz target gets and from which seed. The default run is small; CI's long mode sets
/// <c>INTERCOP_FUZZ_CASES=10000</c>. A failure names its seed: <c>INTERCOP_FUZZ_SEED=&lt;seed&gt;</c> replays it.
/// </summary>
public static class FuzzSettings
{
    public const string CasesVariable = "INTERCOP_FUZZ_CASES";
    public const string SeedVariable = "INTERCOP_FUZZ_SEED";
    public const ulong DefaultSeed = 20260701;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    /// <summary>Cases per target: <paramref name="defaultCases"/> unless the long mode asks for more.</summary>
    public static int Cases(int defaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : defaultCases;

    /// <summary>The seed of one target: the run's seed mixed with a stable hash of its name (FNV-1a).</summary>
    public static ulong SeedFor(string label)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(label))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return Seed ^ hash;
    }

    public static string Replay => string.Create(CultureInfo.InvariantCulture, $"replay with {SeedVariable}={Seed} {CasesVariable}=<same count>");
}
