using System.Reflection;
using System.Text.RegularExpressions;

namespace Platform.Tests.Features.Cases.Work;

/// <summary>
/// Guard for the rule that nothing in Cases scores, ranks or predicts a person (EU AI Act Art. 5(1)(d), LED Art. 11):
/// no type or member in the Cases code, and no identifier in its source, is named like Score, Risk, Predict or Rank.
/// </summary>
public sealed partial class NoRiskScoreGuardTests
{
    [Fact]
    public void CasesTypes_HaveNoScoreRiskOrPredictionMembers()
    {
        var offenders = typeof(Platform.Web.Features.Cases.Work.Case).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Platform.Web.Features.Cases", StringComparison.Ordinal) == true)
            .SelectMany(t => new[] { t.Name }.Concat(t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => $"{t.Name}.{m.Name}")))
            .Where(n => Forbidden().IsMatch(n))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void CasesSource_DeclaresNoScoreRiskOrPredictionIdentifiers()
    {
        var root = FindRepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src", "Platform.Web", "Features", "Cases"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .SelectMany(f => Identifier().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"))
            .ToList();
        Assert.Empty(offenders);
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Platform.Web")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex("Score|Risk|Predict|Ranking", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();

    // Identifiers (PascalCase/camelCase words and JSON keys), not prose: "risk" in an English sentence is allowed.
    [GeneratedRegex(@"\b[A-Za-z]*(Score|Risk|Predict)[A-Za-z]*\s*[({=:;,]|""[a-z]*(score|risk|predict)[a-zA-Z]*""\s*:")]
    private static partial Regex Identifier();
}
